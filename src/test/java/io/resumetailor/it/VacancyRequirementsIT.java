package io.resumetailor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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

/** A vacancy keeps its requirements: extracted, edited by its owner, reset, counted by the score. */
@ExtendWith(AppServer.class)
class VacancyRequirementsIT {

    static final String NURSE = """
            {"company":"St Elsewhere NHS Trust","jobPosition":"Staff Nurse","description":"Essential criteria\\n\
            - At least 3 years of intensive care experience\\n- Advanced Life Support (ALS) certification\\n\
            Desirable\\n- ECMO experience\\nWhat we offer\\n- NHS pension and 27 days annual leave"}""";

    static List<String> texts(JsonObject vacancy) {
        return vacancy.getJsonArray("requirements").getValuesAs(JsonObject.class).stream().map(r -> r.getString("text")).toList();
    }

    static String create(SignedInUser user) {
        var reply = user.api().post("/api/vacancies", NURSE);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    @Test
    void extractedWithTheVacancyEditedAndReset() {
        SignedInUser user = SignedInUser.create("req");
        String id = create(user);
        JsonObject vacancy = user.api().get("/api/vacancies/" + id).json();
        assertFalse(vacancy.getBoolean("requirementsEdited"));
        JsonObject care = vacancy.getJsonArray("requirements").getJsonObject(0);
        assertEquals("intensive care experience", care.getString("text"));
        assertEquals(3, care.getInt("years"));
        assertTrue(care.getBoolean("mustHave"));
        assertEquals("experience", care.getString("kind"));
        assertEquals("icu", care.getString("concept"));
        assertEquals("extracted", care.getString("origin"));
        assertTrue(texts(vacancy).stream().noneMatch(t -> t.contains("NHS") || t.contains("pension")), texts(vacancy).toString());

        var edited = user.api().put("/api/vacancies/" + id + "/requirements", """
                {"requirements":[{"text":"Critical care nursing","mustHave":true,"years":2},
                 {"text":"ECMO","mustHave":false},{"text":"Tracheostomy care","mustHave":true,"years":null}]}""");
        assertEquals(200, edited.status(), edited.toString());
        assertTrue(edited.json().getBoolean("requirementsEdited"));
        assertEquals(List.of("Critical care nursing", "ECMO", "Tracheostomy care"), texts(edited.json()));
        JsonObject first = edited.json().getJsonArray("requirements").getJsonObject(0);
        assertEquals("r1", first.getString("id"));
        assertEquals("user", first.getString("origin"));
        assertEquals(2, first.getInt("years"));
        JsonObject ecmo = edited.json().getJsonArray("requirements").getJsonObject(1);
        assertTrue(!ecmo.containsKey("years") || ecmo.isNull("years"));

        var changed = user.api().put("/api/vacancies/" + id, "{\"company\":\"St Elsewhere NHS Trust\",\"description\":\"Requirements:\\n- Java\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(List.of("Critical care nursing", "ECMO", "Tracheostomy care"), texts(changed.json()), "an edit outlives the text");

        var reset = user.api().delete("/api/vacancies/" + id + "/requirements");
        assertEquals(200, reset.status(), reset.toString());
        assertFalse(reset.json().getBoolean("requirementsEdited"));
        assertEquals(List.of("Java"), texts(reset.json()));

        var again = user.api().put("/api/vacancies/" + id, "{\"company\":\"St Elsewhere NHS Trust\",\"description\":\"Requirements:\\n- Kotlin\"}");
        assertEquals(List.of("Kotlin"), texts(again.json()), "not edited: the text is read anew");
    }

    @Test
    void anEmptyListIsAList() {
        SignedInUser user = SignedInUser.create("req");
        String id = create(user);
        var reply = user.api().put("/api/vacancies/" + id + "/requirements", "{\"requirements\":[]}");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.json().getJsonArray("requirements").isEmpty());
        assertTrue(reply.json().getBoolean("requirementsEdited"));
    }

    @Test
    void badListsNameTheirFields() {
        SignedInUser user = SignedInUser.create("req");
        String id = create(user);
        String path = "/api/vacancies/" + id + "/requirements";
        assertFields(user.api().put(path, "{}"), Set.of("requirements"));
        assertFields(user.api().put(path, "{\"requirements\":null}"), Set.of("requirements"));
        assertFields(user.api().put(path, "{\"requirements\":[{\"text\":\" \",\"mustHave\":true},{\"text\":\"Go\"},"
                + "{\"text\":\"Rust\",\"mustHave\":false,\"years\":0},{\"mustHave\":true}]}"),
                Set.of("requirements[0].text", "requirements[1].mustHave", "requirements[2].years", "requirements[3].text"));
        assertEquals(400, user.api().put(path, "").status());
    }

    @Test
    void othersVacanciesDoNotExist() {
        String id = create(SignedInUser.create("owner"));
        SignedInUser stranger = SignedInUser.create("stranger");
        assertProblem(stranger.api().put("/api/vacancies/" + id + "/requirements",
                "{\"requirements\":[{\"text\":\"Java\",\"mustHave\":true}]}"), 404, "urn:resume-tailor:problem:not-found");
        assertProblem(stranger.api().delete("/api/vacancies/" + id + "/requirements"), 404, "urn:resume-tailor:problem:not-found");
    }

    @Test
    void aModelProposesWhatTheVacancySaysAndTheCallIsMetered() throws Exception {
        SignedInUser user = SignedInUser.create("propose");
        var created = user.api().post("/api/vacancies", """
                {"company":"Harbour Logistics Ltd","jobPosition":"Warehouse Operative","description":"About the role\\n\
                You will load and unload lorries and pick orders with handheld scanners on rotating shifts.\\n\
                Requirements\\n- Counterbalance forklift licence\\n- 1 year of warehouse experience\\n\
                What we offer\\n- Free parking and a pension scheme"}""");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        int before = created.json().getJsonArray("requirements").size();
        FakeOpenAi fake = FakeOpenAi.instance();
        fake.answer("""
                {"requirements":[{"text":"Picking orders with handheld scanners","mustHave":true,"years":null},
                 {"text":"Forklift licence","mustHave":true,"years":null},
                 {"text":"Free parking","mustHave":false,"years":null},
                 {"text":"Python programming","mustHave":true,"years":3}]}""");
        String key = "sk-propose-" + UUID.randomUUID();
        var reply = user.api().send(user.api().builder("/api/vacancies/" + id + "/requirements/proposals")
                .header("X-LLM-Provider", "openai").header("X-LLM-Key", key).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reply.status(), reply.toString());
        var requirements = reply.json().getJsonArray("requirements").getValuesAs(JsonObject.class);
        assertEquals(before + 1, requirements.size(), reply.toString());
        JsonObject proposed = requirements.get(before);
        assertEquals("Picking orders with handheld scanners", proposed.getString("text"));
        assertEquals("model", proposed.getString("origin"));
        assertFalse(proposed.getBoolean("mustHave"), "a task line of the posting gives a nice-to-have, whatever the model says");
        assertFalse(reply.json().getBoolean("requirementsEdited"));
        fake.server().verify(postRequestedFor(
                        urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name",
                        equalTo("vacancy_requirements"))));
        fake.answer(FakeOpenAi.DEFAULT_ANSWER);
        assertEquals(1, Long.parseLong(SqlRows.rows(AppServer.database(), "SELECT count(*) FROM usage_logs WHERE user_id = '"
                + user.id() + "' AND operation = 'parse' AND provider_type = 'byok' AND tokens_used = 1500").get(0)));
        assertFalse(reply.body().contains(key));

        var notes = user.api().put("/api/vacancies/" + id, """
                {"company":"Harbour Logistics Ltd","jobPosition":"Warehouse Operative","description":"About the role\\n\
                You will load and unload lorries and pick orders with handheld scanners on rotating shifts.\\n\
                Requirements\\n- Counterbalance forklift licence\\n- 1 year of warehouse experience\\n\
                What we offer\\n- Free parking and a pension scheme","notes":"Call back on Monday"}""");
        assertEquals(200, notes.status(), notes.toString());
        assertTrue(texts(notes.json()).contains("Picking orders with handheld scanners"), "a change of notes keeps the list");

        assertProblem(SignedInUser.create("stranger").api().post("/api/vacancies/" + id + "/requirements/proposals", ""),
                404, "urn:resume-tailor:problem:not-found");
    }

    static void assertFields(Api.Reply reply, Set<String> expected) {
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        Set<String> fields = new TreeSet<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(expected, fields, reply.toString());
    }
}
