package io.resumetailor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.resumetailor.resumes.control.ResumeFixtures;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class ImportIT {

    static Api.Reply upload(SignedInUser user, String name, byte[] file) {
        return user.api().multipart("/api/resumes", name, file, Map.of(), Map.of());
    }

    static long parses(SignedInUser user) throws Exception {
        return Long.parseLong(SqlRows.rows(AppServer.database(),
                "SELECT count(*) FROM usage_logs WHERE operation = 'parse' AND user_id = '" + user.id() + "'").get(0));
    }

    @Test
    void importsEveryFixtureWithTheBuiltinParser() throws Exception {
        SignedInUser user = SignedInUser.create("import");
        for (var fixture : ResumeFixtures.all()) {
            String name = fixture.name() + (fixture.name().startsWith("pdf") ? ".pdf" : ".docx");
            var reply = upload(user, name, fixture.bytes());
            assertEquals(201, reply.status(), name + ": " + reply);
            JsonObject json = reply.json();
            assertEquals("builtin", json.getString("engine"));
            JsonObject content = json.getJsonObject("resume").getJsonObject("content");
            assertEquals(fixture.expected().personalInfo().fullName(), content.getJsonObject("personalInfo").getString("fullName"));
            assertEquals(fixture.expected().experience().size(), content.getJsonArray("experience").size(), name);
            assertEquals(name, json.getJsonObject("resume").getString("sourceFileName"));
            assertEquals(name.endsWith(".pdf") ? "pdf" : "docx", json.getJsonObject("resume").getString("sourceFileType"));
            assertTrue(json.containsKey("uncertainFields"));
        }
        assertEquals(4, parses(user));
    }

    @Test
    void typeIsDecidedByContentAndTitleIsOptional() throws Exception {
        SignedInUser user = SignedInUser.create("import");
        var reply = user.api().multipart("/api/resumes", "my cv (final)", ResumeFixtures.pdfBoxSingleColumn().bytes(),
                Map.of("title", "Grace – main"), Map.of());
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("pdf", reply.json().getJsonObject("resume").getString("sourceFileType"));
        assertEquals("Grace – main", reply.json().getJsonObject("resume").getString("title"));
        var unsafe = upload(user, "../../etc/<evil>.docx", ResumeFixtures.docxWithStylesAndLinks().bytes());
        assertEquals(201, unsafe.status(), unsafe.toString());
        assertEquals("_evil_.docx", unsafe.json().getJsonObject("resume").getString("sourceFileName"));
    }

    @Test
    void structuresWithTheUsersOwnKeyAndTheResumeSchema() throws Exception {
        SignedInUser user = SignedInUser.create("import");
        FakeOpenAi fake = FakeOpenAi.instance();
        String key = "sk-import-" + java.util.UUID.randomUUID();
        fake.answer("""
                {"personalInfo":{"fullName":"Ada Lovelace","email":"ada@example.com","phone":null,"location":"London",
                 "linkedin":"https://www.linkedin.com/in/ada-lovelace","website":null},"summary":"From the model.",
                 "experience":[{"company":"Analytical Engines Ltd","position":"Senior Software Engineer","startDate":"2020-01",
                   "endDate":null,"description":"Led the billing platform rewrite","projects":null,"links":null}],
                 "education":[],"skills":["Java"],"certifications":null,"languages":null}""");
        var reply = user.api().multipart("/api/resumes", "ada.docx", ResumeFixtures.docxWithStylesAndLinks().bytes(), Map.of(),
                Map.of("X-LLM-Provider", "openai", "X-LLM-Key", key));
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("openai", reply.json().getString("engine"));
        assertEquals("From the model.", reply.json().getJsonObject("resume").getJsonObject("content").getString("summary"));
        fake.server().verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + key))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("resume_content")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.personalInfo"))
                .withRequestBody(matchingJsonPath("$.messages[1].content", com.github.tomakehurst.wiremock.client.WireMock.containing("Ada Lovelace"))));
        assertEquals(1, Long.parseLong(SqlRows.rows(AppServer.database(), "SELECT count(*) FROM usage_logs WHERE user_id = '"
                + user.id() + "' AND provider_type = 'byok' AND tokens_used = 1500").get(0)));
        assertFalse(reply.body().contains(key));
        assertFalse(Files.readString(AppServer.logFile()).contains(key), "BYOK key in the server log");
        fake.answer(FakeOpenAi.DEFAULT_ANSWER);
    }

    @Test
    void asksTheModelAgainWhenItsAnswerDoesNotValidate() throws Exception {
        SignedInUser user = SignedInUser.create("import");
        var server = FakeOpenAi.instance().server();
        server.resetAll();
        String invalid = "{\"personalInfo\":{\"fullName\":\"Ada\",\"email\":\"not-an-email\"},\"experience\":[],"
                + "\"education\":[],\"skills\":[]}";
        String valid = "{\"personalInfo\":{\"fullName\":\"Ada\",\"email\":\"ada@example.com\"},\"experience\":[],"
                + "\"education\":[],\"skills\":[\"Java\"]}";
        for (String[] step : new String[][]{{Scenario.STARTED, invalid, "second"}, {"second", valid, "done"}}) {
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat/completions"))
                    .inScenario("retry").whenScenarioStateIs(step[0]).willSetStateTo(step[2])
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
                                    + "\"message\":{\"role\":\"assistant\",\"content\":" + jakarta.json.Json.createValue(step[1])
                                    + ",\"refusal\":null},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,"
                                    + "\"completion_tokens\":5,\"total_tokens\":15}}")));
        }
        var reply = user.api().multipart("/api/resumes", "ada.docx", ResumeFixtures.docxWithStylesAndLinks().bytes(), Map.of(),
                Map.of("X-LLM-Provider", "openai", "X-LLM-Key", "sk-retry-test"));
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("ada@example.com", reply.json().getJsonObject("resume").getJsonObject("content")
                .getJsonObject("personalInfo").getString("email"));
        server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(
                matchingJsonPath("$.messages[0].content", com.github.tomakehurst.wiremock.client.WireMock.containing("personalInfo.email"))));
        FakeOpenAi.instance().answer(FakeOpenAi.DEFAULT_ANSWER);
    }

    @Test
    void refusesFilesThatAreNotResumesAndUsesNoQuota() throws Exception {
        SignedInUser user = SignedInUser.create("hostile");
        byte[] pdf = ResumeFixtures.pdfBoxSingleColumn().bytes();
        byte[] docx = ResumeFixtures.docxWithStylesAndLinks().bytes();
        record Case(String name, byte[] bytes, int status, String type) {
        }
        List<Case> cases = List.of(
                new Case("empty.pdf", new byte[0], 415, "unsupported-file-type"),
                new Case("page.pdf", "<html><body>Hello</body></html>".getBytes(StandardCharsets.UTF_8), 415, "unsupported-file-type"),
                new Case("resume.pdf", docx, 415, "unsupported-file-type"),
                new Case("resume.docx", pdf, 415, "unsupported-file-type"),
                new Case("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3), 422, null),
                new Case("truncated.docx", Arrays.copyOf(docx, docx.length / 2), 422, "unreadable-document"),
                new Case("blank.pdf", HostileFiles.emptyPagesPdf(1), 422, "no-text"),
                new Case("zero-pages.pdf", HostileFiles.emptyPagesPdf(0), 422, null),
                new Case("locked.pdf", HostileFiles.encryptedPdf(pdf), 422, "encrypted-document"),
                new Case("bomb.docx", HostileFiles.zipBomb(), 422, "unreadable-document"),
                new Case("entities.docx", HostileFiles.entityBomb(), 422, null),
                new Case("stream-bomb.pdf", HostileFiles.compressedStreamBomb(), 422, null),
                new Case("shared-stream.pdf", HostileFiles.sharedInflatingStream(), 422, "unreadable-document"),
                new Case("huge.pdf", Arrays.copyOf(pdf, 6 * 1024 * 1024), 413, "file-too-large"));
        for (Case c : cases) {
            long start = System.nanoTime();
            var reply = upload(user, c.name(), c.bytes());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(c.status(), reply.status(), c.name() + ": " + reply);
            if (c.type() != null) {
                assertEquals("urn:resume-tailor:problem:" + c.type(), reply.json().getString("type"), c.name());
            }
            assertTrue(reply.contentType().startsWith("application/problem+json"), c.name());
            assertFalse(reply.body().contains("/etc/passwd") || reply.body().contains("root:"), c.name());
            assertTrue(millis < 20_000, c.name() + " took " + millis + " ms");
        }
        assertEquals(0, parses(user), "failed imports used quota");
        assertEquals(0, user.api().get("/api/resumes").json().getInt("total"));
        assertEquals(200, Api.anonymous().get("/health/ready").status());
        assertEquals(200, Api.anonymous().get("/health/live").status());
    }

    @Test
    void refusesAResumeWithoutEmailWithThePartialParseAndUsesNoQuota() throws Exception {
        SignedInUser user = SignedInUser.create("incomplete");
        var reply = upload(user, "lebenslauf.pdf", ResumeFixtures.withoutEmail());
        assertProblem(reply, 422, "urn:resume-tailor:problem:incomplete-resume");
        JsonObject partial = reply.json().getJsonObject("resume").getJsonObject("content");
        assertEquals("Dennis Riemenschneider", partial.getJsonObject("personalInfo").getString("fullName"));
        assertEquals("KION Information Management Services GmbH",
                partial.getJsonArray("experience").getJsonObject(0).getString("company"));
        assertTrue(reply.json().getJsonArray("uncertainFields").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("personalInfo.email")), reply.toString());
        assertEquals(0, parses(user));
    }

    @Test
    void takesAMissingEmailFromTheProfileAndSaysSo() throws Exception {
        SignedInUser user = SignedInUser.create("fallback");
        assertEquals(200, user.api().put("/api/profile", ProfileIT.VALID).status());
        var reply = upload(user, "lebenslauf.pdf", ResumeFixtures.withoutEmail());
        assertEquals(201, reply.status(), reply.toString());
        JsonObject person = reply.json().getJsonObject("resume").getJsonObject("content").getJsonObject("personalInfo");
        assertEquals("Dennis Riemenschneider", person.getString("fullName"));
        assertEquals("zofia@example.com", person.getString("email"));
        assertTrue(reply.json().getJsonArray("uncertainFields").toString()
                .contains("personalInfo.email: not found in the document; taken from your profile"), reply.toString());
        assertEquals(1, parses(user));
    }

    @Test
    void runsOneExtractionPerUserAtATimeAndStopsItAtItsTimeLimit() throws Exception {
        SignedInUser user = SignedInUser.create("parallel");
        byte[] forms = HostileFiles.nestedForms();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> upload(user, "forms-1.pdf", forms));
            Thread.sleep(1_000);
            var second = pool.submit(() -> upload(user, "forms-2.pdf", forms));
            assertProblem(second.get(), 429, "urn:resume-tailor:problem:import-in-progress");
            long start = System.nanoTime();
            var timedOut = first.get();
            assertProblem(timedOut, 422, "urn:resume-tailor:problem:unreadable-document");
            assertTrue(timedOut.json().getString("detail").contains("took too long"), timedOut.toString());
            assertTrue((System.nanoTime() - start) / 1_000_000_000 < 20);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, parses(user));
        assertEquals(201, upload(user, "after.pdf", ResumeFixtures.pdfBoxSingleColumn().bytes()).status(),
                "the user's slot is free again");
    }

    @Test
    void missingFilePartAndBadEngineAre400() {
        SignedInUser user = SignedInUser.create("import");
        assertProblem(user.api().multipart("/api/resumes", null, null, Map.of("title", "x"), Map.of()), 400,
                "urn:resume-tailor:problem:validation");
        assertProblem(user.api().multipart("/api/resumes?engine=magic", "a.pdf", new byte[]{1}, Map.of(), Map.of()), 400,
                "urn:resume-tailor:problem:validation");
    }
}
