package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 13, item 10: API answers are never cached nor sniffed; the API is same-origin only. */
@ExtendWith(AppServer.class)
class ApiHeadersIT {

    @Test
    void everyApiAnswerIsNotStoredNorSniffed() {
        var user = SignedInUser.create("headers");
        List<Api.Reply> replies = List.of(
                user.api().get("/api/me"),
                user.api().post("/api/vacancies", "{\"company\":\"Acme\",\"description\":\"Java\"}"),
                user.api().get("/api/no-such-thing"),
                Api.anonymous().get("/api/me"),
                Api.withToken("not-a-token").get("/api/me"),
                Api.anonymous().post("/api/auth/dev", "{\"email\": "));
        assertEquals(List.of(200, 201, 404, 401, 401, 400), replies.stream().map(Api.Reply::status).toList());
        for (var reply : replies) {
            assertEquals("no-store", reply.header("Cache-Control"), reply.toString());
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.toString());
        }
    }

    @Test
    void corsPreflightGetsAllowAndNoCorsHeaders() {
        var api = Api.anonymous();
        var reply = api.send(api.builder("/api/vacancies").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));
        assertTrue(reply.status() == 200 || reply.status() == 204, reply.toString());
        assertNotNull(reply.header("Allow"), reply.toString());
        assertTrue(reply.header("Allow").contains("GET") && reply.header("Allow").contains("POST"), reply.header("Allow"));
        assertTrue(reply.response().headers().map().keySet().stream().noneMatch(name -> name.toLowerCase().startsWith("access-control-")),
                reply.response().headers().map().toString());
        assertTrue(!reply.contentType().contains("wadl"), "describes the API: " + reply);
    }
}
