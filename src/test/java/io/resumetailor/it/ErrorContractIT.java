package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of error leaves as problem+json with a stable type. */
@ExtendWith(AppServer.class)
class ErrorContractIT {

    @Test
    void malformedJsonIs400() {
        assertProblem(Api.anonymous().post("/api/auth/dev", "{\"email\": "), 400, "urn:resume-tailor:problem:malformed-body");
    }

    @Test
    void wrongJsonTypeIs400() {
        var object = Api.anonymous().post("/api/auth/dev", "{\"email\": {\"a\": 1}}");
        assertProblem(object, 400, "urn:resume-tailor:problem:validation");
        assertEquals("email", object.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var array = Api.anonymous().post("/api/auth/dev", "[1,2]");
        assertProblem(array, 400, "urn:resume-tailor:problem:validation");
        assertEquals("body", array.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void emptyBodyIs400() {
        var reply = Api.anonymous().post("/api/auth/dev", "");
        assertProblem(reply, 400, "urn:resume-tailor:problem:malformed-body");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        var reply = Api.anonymous().get("/api/auth/dev");
        assertProblem(reply, 405, "urn:resume-tailor:problem:method-not-allowed");
        assertTrue(reply.header("Allow") != null && reply.header("Allow").contains("POST"), reply.toString());
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(Api.anonymous().method("POST", "/api/auth/dev", "text/plain", "email=a@b.c"), 415,
                "urn:resume-tailor:problem:unsupported-media-type");
    }

    @Test
    void unknownEnumValueIs400NamingTheField() {
        SignedInUser admin = AdminUsersIT.admin();
        var reply = admin.api().put("/api/admin/users/" + admin.id() + "/role", "{\"role\":\"SUPER_ADMIN\"}");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertEquals("role", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unauthorizedAndForbiddenAreProblems() {
        assertProblem(Api.anonymous().get("/api/admin/users"), 401, "urn:resume-tailor:problem:unauthorized");
        assertProblem(SignedInUser.create("plain").api().get("/api/admin/users"), 403, "urn:resume-tailor:problem:forbidden");
    }
}
