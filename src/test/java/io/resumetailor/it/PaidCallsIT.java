package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call that reached a paid provider is always metered (issue 13, item 1): once the
 * platform's model has answered, the daily quota and the budget are spent, whatever the
 * client or the rest of the request does afterwards; a call the provider refused, or that
 * never left the service, gives both back. Platform calls go to {@link FakeGemini}.
 */
@ExtendWith(AppServer.class)
class PaidCallsIT {

    static final SignedInUser ADMIN = SignedInUser.signIn(TestConfig.SUPER_ADMIN_EMAIL);

    @BeforeEach
    void platformModelIsGemini() {
        assertEquals(200, ADMIN.api().put("/api/admin/settings/platform_provider", "{\"value\":\"gemini_flash\"}").status());
        FakeGemini.instance().answer(ResumesIT.CONTENT, 0);
    }

    @AfterEach
    void platformModelBackToDefault() {
        ADMIN.api().put("/api/admin/settings/platform_provider", "{\"value\":\"openai\"}");
    }

    static BigDecimal budgetUsed() throws Exception {
        return new BigDecimal(SqlRows.rows(AppServer.database(),
                "SELECT jsonb_build_array(value)->>0 FROM system_configs WHERE key = 'global_budget_used'").get(0));
    }

    static List<String> usage(SignedInUser user) throws Exception {
        return SqlRows.rows(AppServer.database(), "SELECT operation, provider_type, tokens_used, cost > 0 FROM usage_logs"
                + " WHERE user_id = '" + user.id() + "' ORDER BY created_at");
    }

    static List<String> awaitUsage(SignedInUser user, int rows) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> found = usage(user);
        while ((found.size() < rows || found.stream().anyMatch(row -> row.contains("|null|"))) && System.nanoTime() < until) {
            Thread.sleep(100);
            found = usage(user);
        }
        return found;
    }

    @Test
    void closingTheProgressStreamStillStoresAndMetersTheGeneration() throws Exception {
        FakeGemini.instance().answer(ResumesIT.CONTENT, 1_500);
        var setup = TailoringIT.setup(TailoringIT.VACANCY);
        BigDecimal before = budgetUsed();
        var request = setup.user().api().builder("/api/vacancies/" + setup.vacancyId() + "/generations")
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resumeId\":\"" + setup.resumeId() + "\"}")).build();
        HttpResponse<InputStream> stream = Api.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        try (var lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals("event: progress", lines.readLine());
        } // the client goes away while the model is still working

        assertEquals(List.of("generate|platform|1500|t"), awaitUsage(setup.user(), 1));
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (setup.user().api().get("/api/vacancies/" + setup.vacancyId() + "/generations").json().getInt("total") == 0
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(1, setup.user().api().get("/api/vacancies/" + setup.vacancyId() + "/generations").json().getInt("total"),
                "the generation is stored although nobody listened");
        assertTrue(budgetUsed().compareTo(before) > 0, "the budget paid for the call");
    }

    @Test
    void aControlCharacterInTheImportTitleIsRefusedBeforeAnyModelCall() throws Exception {
        SignedInUser user = SignedInUser.create("paid-import");
        int calls = FakeGemini.instance().calls();
        var reply = user.api().multipart("/api/resumes", "cv.pdf", pdf(), Map.of("title", "My\u0000CV"), Map.of());
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertTrue(reply.body().contains("\"title\""), reply.toString());
        assertEquals(calls, FakeGemini.instance().calls(), "the model was not called");
        assertEquals(List.of(), usage(user));
    }

    @Test
    void deletingTheVacancyWhileTailoringIsANotFoundThatStaysMetered() throws Exception {
        FakeGemini.instance().answer(ResumesIT.CONTENT, 2_000);
        var setup = TailoringIT.setup(TailoringIT.VACANCY);
        BigDecimal before = budgetUsed();
        CompletableFuture<Api.Reply> generation = CompletableFuture.supplyAsync(() -> TailoringIT.generate(setup, Map.of()));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (FakeGemini.instance().calls() == 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
        assertEquals(204, setup.user().api().delete("/api/vacancies/" + setup.vacancyId()).status());
        assertProblem(generation.get(), 404, "urn:resume-tailor:problem:not-found");
        assertEquals(List.of("generate|platform|1500|t"), usage(setup.user()));
        assertTrue(budgetUsed().compareTo(before) > 0);
    }

    @Test
    void anAnswerThatNeverValidatesStaysMeteredForBothCalls() throws Exception {
        FakeGemini.instance().answer("{\"personalInfo\":{\"fullName\":\"\",\"email\":\"not-an-email\"}}", 0);
        var setup = TailoringIT.setup(TailoringIT.VACANCY);
        BigDecimal before = budgetUsed();
        assertProblem(TailoringIT.generate(setup, Map.of()), 502, "urn:resume-tailor:problem:llm-invalid-output");
        assertEquals(List.of("generate|platform|3000|t"), usage(setup.user()), "two paid calls on one usage row");
        assertTrue(budgetUsed().compareTo(before) > 0);
    }

    @Test
    void aCallTheProviderRefusedGivesQuotaAndBudgetBack() throws Exception {
        FakeGemini.instance().fail(503);
        var setup = TailoringIT.setup(TailoringIT.VACANCY);
        BigDecimal before = budgetUsed();
        assertProblem(TailoringIT.generate(setup, Map.of()), 502, "urn:resume-tailor:problem:llm-unavailable");
        assertEquals(List.of(), usage(setup.user()));
        assertEquals(0, budgetUsed().compareTo(before), "the reservation was released");
    }

    static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Ada Lovelace ada@example.com");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
