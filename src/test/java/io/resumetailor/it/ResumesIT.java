package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class ResumesIT {

    static final String CONTENT = """
            {"personalInfo":{"fullName":"Zofia Łukasiewicz","email":"zofia@example.com","phone":"+48 600 100 200",
              "location":"Kraków","linkedin":"https://www.linkedin.com/in/zofia"},
             "summary":"Backend engineer, 8 years of Java.",
             "experience":[{"company":"Acme","position":"Senior Engineer","startDate":"2020-01","endDate":null,
               "description":"Built the billing platform.","projects":["Billing"],
               "links":[{"name":"Case study","link":"https://acme.test/case"}]},
               {"company":"Initech","position":"Engineer","startDate":"2016-03","endDate":"2019-12","description":"Java services."}],
             "education":[{"institution":"AGH","degree":"MSc","field":"Computer Science","startDate":"2011-10","endDate":"2016-06"}],
             "skills":["Java","PostgreSQL","Kubernetes"],
             "certifications":[{"name":"OCP Java 17","issuer":"Oracle","date":"2022-05"}],
             "languages":[{"language":"Polish","level":"Native"},{"language":"Русский","level":"B2"}]}""";

    static String body(String title, String content) {
        return "{\"title\":\"" + title + "\",\"content\":" + content + "}";
    }

    static String createId(SignedInUser user) {
        var reply = user.api().post("/api/resumes", body("Main", CONTENT));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    static Set<String> fields(Api.Reply reply) {
        Set<String> fields = new TreeSet<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        return fields;
    }

    @Test
    void createsFromStructuredContentAndReadsItBack() {
        SignedInUser user = SignedInUser.create("res");
        var created = user.api().post("/api/resumes", body("Main", CONTENT));
        assertEquals(201, created.status(), created.toString());
        JsonObject json = created.json();
        assertEquals("entered-manually", json.getString("sourceFileName"));
        var read = user.api().get("/api/resumes/" + json.getString("id")).json();
        JsonObject content = read.getJsonObject("content");
        assertEquals("Zofia Łukasiewicz", content.getJsonObject("personalInfo").getString("fullName"));
        assertEquals(2, content.getJsonArray("experience").size());
        assertFalse(content.getJsonArray("experience").getJsonObject(0).containsKey("endDate"), "present = no end");
        assertEquals("Русский", content.getJsonArray("languages").getJsonObject(1).getString("language"));
    }

    @Test
    void validationNamesNestedFields() {
        String bad = CONTENT.replace("\"startDate\":\"2020-01\"", "\"startDate\":\"Jan 2020\"")
                .replace("\"endDate\":\"2016-06\"", "\"endDate\":\"2010-01\"")
                .replace("zofia@example.com", "not-an-email")
                .replace("https://acme.test/case", "javascript:alert(1)");
        var reply = SignedInUser.create("res").api().post("/api/resumes", body("", bad));
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertEquals(Set.of("content.education[0].endDate", "content.experience[0].links[0].link",
                "content.experience[0].startDate", "content.personalInfo.email", "title"), fields(reply));
    }

    @Test
    void requiresContentAndItsLists() {
        var reply = SignedInUser.create("res").api().post("/api/resumes",
                "{\"title\":\"T\",\"content\":{\"personalInfo\":{\"fullName\":\"A\",\"email\":\"a@example.com\"}}}");
        assertEquals(Set.of("content.education", "content.experience", "content.skills"), fields(reply));
        assertEquals(Set.of("content"), fields(SignedInUser.create("res").api().post("/api/resumes", "{\"title\":\"T\"}")));
    }

    @Test
    void listLeavesContentOutUnlessAsked() {
        SignedInUser user = SignedInUser.create("res");
        createId(user);
        createId(user);
        var page = user.api().get("/api/resumes").json();
        assertEquals(2, page.getInt("total"));
        assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("content"));
        assertTrue(user.api().get("/api/resumes?include=content").json().getJsonArray("items").getJsonObject(0)
                .containsKey("content"));
    }

    @Test
    void putReplacesTitleAndContentHonouringIfMatch() {
        SignedInUser user = SignedInUser.create("res");
        String id = createId(user);
        String etag = user.api().get("/api/resumes/" + id).header("ETag");
        var ok = user.api().send(user.api().builder("/api/resumes/" + id).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(body("Renamed", CONTENT.replace("Acme", "Acme Corp")))));
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("Acme Corp", ok.json().getJsonObject("content").getJsonArray("experience").getJsonObject(0).getString("company"));
        var stale = user.api().send(user.api().builder("/api/resumes/" + id).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(body("Again", CONTENT))));
        assertProblem(stale, 412, "urn:resume-tailor:problem:precondition-failed");
        assertEquals("Renamed", user.api().get("/api/resumes/" + id).json().getString("title"));
    }

    @Test
    void anotherUsersResumeDoesNotExist() throws Exception {
        SignedInUser owner = SignedInUser.create("owner");
        SignedInUser intruder = SignedInUser.create("intruder");
        String id = createId(owner);
        String before = SqlRows.rows(AppServer.database(), "SELECT title, content::text, updated_at FROM resumes WHERE id = '" + id + "'").toString();
        for (String target : List.of(id, UUID.randomUUID().toString(), "42")) {
            String path = "/api/resumes/" + target;
            assertEquals(404, intruder.api().get(path).status(), path);
            assertEquals(404, intruder.api().put(path, body("pwned", CONTENT)).status(), path);
            assertEquals(404, intruder.api().delete(path).status(), path);
        }
        assertEquals(before, SqlRows.rows(AppServer.database(), "SELECT title, content::text, updated_at FROM resumes WHERE id = '" + id + "'").toString());
    }

    @Test
    void deletingAResumeRemovesItsGenerations() throws Exception {
        SignedInUser user = SignedInUser.create("res");
        String resume = createId(user);
        String vacancy = VacanciesIT.createId(user);
        try (var connection = AppServer.database().getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after,"
                    + " expires_at) VALUES ('" + vacancy + "', '" + resume + "', '{}', 10, 20, now() + interval '90 days')");
        }
        assertEquals(List.of("1"), SqlRows.rows(AppServer.database(), "SELECT count(*) FROM generations WHERE resume_id = '" + resume + "'"));
        assertEquals(1, user.api().get("/api/me/export").json().getJsonArray("generations").size());
        assertEquals(204, user.api().delete("/api/resumes/" + resume).status());
        assertEquals(List.of("0"), SqlRows.rows(AppServer.database(), "SELECT count(*) FROM generations WHERE resume_id = '" + resume + "'"));
        assertEquals(200, user.api().get("/api/vacancies/" + vacancy).status());
    }

    @Test
    void exportHoldsEverythingStoredAboutMe() {
        SignedInUser user = SignedInUser.create("export");
        createId(user);
        VacanciesIT.createId(user);
        user.api().put("/api/profile", ProfileIT.VALID);
        user.api().put("/api/llm-keys/gemini", "{\"keyHint\":\"q1w2\"}");
        var reply = user.api().get("/api/me/export");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Disposition").startsWith("attachment"));
        JsonObject json = reply.json();
        assertEquals(user.email(), json.getJsonObject("user").getString("email"));
        assertEquals("Zofia", json.getJsonObject("profile").getString("firstName"));
        assertEquals(1, json.getJsonArray("resumes").size());
        assertTrue(json.getJsonArray("resumes").getJsonObject(0).containsKey("content"));
        assertEquals(1, json.getJsonArray("vacancies").size());
        assertEquals("q1w2", json.getJsonArray("llmKeys").getJsonObject(0).getString("keyHint"));
        assertEquals(0, json.getJsonArray("usage").size());
        assertFalse(reply.body().contains("googleId") || reply.body().contains("dev:"), "internal ids leaked");
        assertEquals(0, SignedInUser.create("other").api().get("/api/me/export").json().getJsonArray("resumes").size());
    }
}
