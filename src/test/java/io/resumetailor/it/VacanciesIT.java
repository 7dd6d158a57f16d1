package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class VacanciesIT {

    static final String BODY = """
            {"company":"Globex","jobPosition":"Staff Engineer","description":"Java, PostgreSQL, Kubernetes.",
             "url":"https://globex.test/jobs/42","notes":"referral from Ann"}""";

    static Api.Reply create(SignedInUser user, String body) {
        return user.api().post("/api/vacancies", body);
    }

    static String createId(SignedInUser user) {
        var reply = create(user, BODY);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    static List<String> rows(String sql) throws Exception {
        return SqlRows.rows(AppServer.database(), sql);
    }

    @Test
    void createsReadsUpdatesAndDeletes() {
        SignedInUser user = SignedInUser.create("vac");
        var created = create(user, BODY);
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/api/vacancies/" + id), created.header("Location"));
        assertEquals("Globex (Staff Engineer)", created.json().getString("displayTitle"));

        var read = user.api().get("/api/vacancies/" + id);
        assertEquals(200, read.status());
        assertEquals("https://globex.test/jobs/42", read.json().getString("url"));
        assertNotNull(read.header("ETag"));

        var updated = user.api().put("/api/vacancies/" + id, "{\"company\":\"Globex\",\"description\":\"Go.\"}");
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("Globex", updated.json().getString("displayTitle"));
        assertTrue(!updated.json().containsKey("jobPosition") || updated.json().isNull("jobPosition"));

        assertEquals(204, user.api().delete("/api/vacancies/" + id).status());
        assertProblem(user.api().get("/api/vacancies/" + id), 404, "urn:resume-tailor:problem:not-found");
    }

    @Test
    void validationNamesEveryBadField() {
        var reply = create(SignedInUser.create("vac"), "{\"company\":\"\",\"description\":\" \",\"url\":\"javascript:alert(1)\","
                + "\"jobPosition\":\"" + "p".repeat(256) + "\"}");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        Set<String> fields = new TreeSet<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("company", "description", "jobPosition", "url"), fields);
    }

    @Test
    void ignoresFieldsTheClientMayNotSet() throws Exception {
        SignedInUser user = SignedInUser.create("vac");
        SignedInUser other = SignedInUser.create("victim");
        String forgedId = UUID.randomUUID().toString();
        var reply = create(user, "{\"id\":\"" + forgedId + "\",\"userId\":\"" + other.id() + "\",\"createdAt\":\"2001-01-01T00:00:00Z\","
                + "\"company\":\"Acme\",\"description\":\"d\"}");
        assertEquals(201, reply.status(), reply.toString());
        assertNotEquals(forgedId, reply.json().getString("id"));
        assertTrue(reply.json().getString("createdAt").startsWith("20") && !reply.json().getString("createdAt").startsWith("2001"));
        assertEquals(List.of(user.id()), rows("SELECT user_id FROM vacancies WHERE id = '" + reply.json().getString("id") + "'"));
    }

    @Test
    void listsNewestFirstWithPaging() {
        SignedInUser user = SignedInUser.create("vac");
        String first = createId(user);
        String second = createId(user);
        String third = createId(user);
        var page = user.api().get("/api/vacancies?size=2").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of(third, second), page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("id")).toList());
        assertEquals(first, user.api().get("/api/vacancies?size=2&page=1").json().getJsonArray("items")
                .getJsonObject(0).getString("id"));
        assertEquals(0, SignedInUser.create("empty").api().get("/api/vacancies").json().getInt("total"));
    }

    @Test
    void cursorsPageForwardWithoutGapsOrRepeats() throws Exception {
        SignedInUser user = SignedInUser.create("cursor");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(0, createId(user));
        }
        List<String> seen = new ArrayList<>();
        String url = "/api/vacancies?size=3";
        int pages = 0;
        while (url != null) {
            var page = user.api().get(url).json();
            assertEquals(pages == 0 ? 7 : 8, page.getInt("total"));
            assertEquals(false, page.getBoolean("totalCapped"));
            page.getJsonArray("items").forEach(v -> seen.add(v.asJsonObject().getString("id")));
            url = page.containsKey("next") && !page.isNull("next") ? "/api/vacancies?size=3&cursor=" + page.getString("next") : null;
            if (pages++ == 0) {
                createId(user); // a vacancy added while paging neither shifts nor repeats the pages after the cursor
            }
        }
        assertEquals(3, pages);
        assertEquals(created, seen);
        // by number, the new vacancy now heads the list: page 1 starts one later than before
        assertEquals(created.subList(2, 5), user.api().get("/api/vacancies?size=3&page=1").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("id")).toList());
    }

    @Test
    void aCursorThatIsNotOneIsA400() {
        SignedInUser user = SignedInUser.create("cursor");
        for (String cursor : List.of("abc", "AAAA", "%00", "x".repeat(500))) {
            var reply = user.api().get("/api/vacancies?cursor=" + cursor);
            assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
            assertEquals("cursor", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void rejectsPagingOutOfBounds() {
        SignedInUser user = SignedInUser.create("vac");
        for (String query : List.of("size=101", "size=0", "page=-1", "size=abc", "page=1e3")) {
            assertProblem(user.api().get("/api/vacancies?" + query), 400, "urn:resume-tailor:problem:validation");
        }
        assertEquals(200, user.api().get("/api/vacancies?size=100&page=0").status());
    }

    @Test
    void ifMatchPreventsLostUpdates() {
        SignedInUser user = SignedInUser.create("vac");
        String id = createId(user);
        String etag = user.api().get("/api/vacancies/" + id).header("ETag");
        var first = user.api().send(user.api().builder("/api/vacancies/" + id).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString("{\"company\":\"A\",\"description\":\"one\"}")));
        assertEquals(200, first.status(), first.toString());
        var stale = user.api().send(user.api().builder("/api/vacancies/" + id).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString("{\"company\":\"B\",\"description\":\"two\"}")));
        assertProblem(stale, 412, "urn:resume-tailor:problem:precondition-failed");
        assertEquals("A", user.api().get("/api/vacancies/" + id).json().getString("company"));
    }

    @Test
    void anotherUsersVacancyDoesNotExist() throws Exception {
        SignedInUser owner = SignedInUser.create("owner");
        SignedInUser intruder = SignedInUser.create("intruder");
        String id = createId(owner);
        String before = rows("SELECT company, description, updated_at FROM vacancies WHERE id = '" + id + "'").toString();
        for (String target : List.of(id, UUID.randomUUID().toString(), "not-a-uuid", "../" + id)) {
            String path = "/api/vacancies/" + target;
            assertEquals(404, intruder.api().get(path).status(), path);
            assertEquals(404, intruder.api().put(path, "{\"company\":\"X\",\"description\":\"pwned\"}").status(), path);
            assertEquals(404, intruder.api().delete(path).status(), path);
        }
        assertEquals(before, rows("SELECT company, description, updated_at FROM vacancies WHERE id = '" + id + "'").toString());
        assertEquals(0, intruder.api().get("/api/vacancies").json().getInt("total"));
    }

    @Test
    void deletingTheAccountDeletesEverythingItOwns() throws Exception {
        SignedInUser user = SignedInUser.create("cascade");
        String vacancy = createId(user);
        assertEquals(200, user.api().put("/api/llm-keys/openai", "{\"keyHint\":\"a1B2\"}").status());
        assertEquals(200, user.api().put("/api/profile", ProfileIT.VALID).status());
        assertEquals(204, user.api().delete("/api/me").status());
        for (String table : List.of("vacancies", "llm_keys", "profiles", "resumes", "usage_logs")) {
            assertEquals(List.of("0"), rows("SELECT count(*) FROM " + table + " WHERE user_id = '" + user.id() + "'"), table);
        }
        assertEquals(List.of("0"), rows("SELECT count(*) FROM vacancies WHERE id = '" + vacancy + "'"));
    }
}
