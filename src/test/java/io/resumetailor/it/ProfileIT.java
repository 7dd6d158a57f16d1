package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class ProfileIT {

    static final String VALID = """
            {"firstName":"Zofia","lastName":"Łukasiewicz","email":"zofia@example.com","country":"PL",
             "searchRegion":"Kraków","workFormat":"hybrid",
             "languages":[{"language":"Polish","level":"Native"},{"language":"English","level":"C1"}],
             "phones":[{"number":"+48 600 100 200","label":"Mobile"}]}""";

    @Test
    void isNotFoundUntilCreated() {
        assertProblem(SignedInUser.create("prof").api().get("/api/profile"), 404, "urn:resume-tailor:problem:not-found");
    }

    @Test
    void putCreatesThenReplacesAndReportsCompleteness() {
        SignedInUser user = SignedInUser.create("prof");
        var created = user.api().put("/api/profile", VALID);
        assertEquals(200, created.status(), created.toString());
        assertEquals(true, created.json().getBoolean("complete"));
        assertEquals("Łukasiewicz", created.json().getString("lastName"));
        assertEquals("hybrid", created.json().getString("workFormat"));
        var replaced = user.api().put("/api/profile", VALID.replace("\"PL\"", "\"DE\"").replace(",\n \"phones\":[{\"number\":\"+48 600 100 200\",\"label\":\"Mobile\"}]", ""));
        assertEquals(200, replaced.status(), replaced.toString());
        assertEquals("DE", user.api().get("/api/profile").json().getString("country"));
        assertEquals(true, user.api().get("/api/me").json().getBoolean("profileComplete"));
    }

    @Test
    void validationNamesTheFields() {
        var reply = SignedInUser.create("prof").api().put("/api/profile", """
                {"firstName":"","lastName":"L","email":"nope","country":"XX","searchRegion":"R",
                 "workFormat":"office","languages":[]}""");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        Set<String> fields = new TreeSet<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("country", "email", "firstName", "languages", "workFormat"), fields);
    }

    @Test
    void nestedEntriesAreValidatedByIndex() {
        var reply = SignedInUser.create("prof").api().put("/api/profile",
                VALID.replace("{\"language\":\"English\",\"level\":\"C1\"}", "{\"language\":\"English\",\"level\":\"\"}"));
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertTrue(reply.body().contains("languages[1].level"), reply.body());
    }

    @Test
    void ifMatchRefusesAStaleWrite() {
        SignedInUser user = SignedInUser.create("prof");
        String etag = user.api().put("/api/profile", VALID).header("ETag");
        assertEquals(200, user.api().send(user.api().builder("/api/profile").header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(VALID.replace("Zofia", "Zosia")))).status());
        var stale = user.api().send(user.api().builder("/api/profile").header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(VALID.replace("Zofia", "Zuzanna"))));
        assertProblem(stale, 412, "urn:resume-tailor:problem:precondition-failed");
        assertEquals("Zosia", user.api().get("/api/profile").json().getString("firstName"));
    }
}
