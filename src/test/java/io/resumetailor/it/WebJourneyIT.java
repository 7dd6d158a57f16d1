package io.resumetailor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.control.ResumeFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A job seeker's whole journey through the web app in a real browser, against the real
 * API: sign in, profile, import a DOCX and a PDF, fix what the importer was unsure of,
 * add a vacancy, tailor with progress, read scores, diff and a fact-check warning, export,
 * use an own API key (which must never reach the server's database or log), hit the daily
 * limit, and delete the account; then a newcomer without a profile completes an import the
 * server refused for a missing name.
 */
class WebJourneyIT {

    @RegisterExtension
    static final Browser browser = new Browser("journey");

    static final String VACANCY = "Requirements:\n- Java\n- PostgreSQL\n- Kubernetes\n- Kafka\nNice to have:\n- Terraform\n- Docker";
    static final String OWN_KEY = "sk-web-journey-" + UUID.randomUUID().toString().replace("-", "") + "WXYZ";

    @Test
    void jobSeekerJourney() throws Exception {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signInWithTheKeyboard(email);
        SignedInUser user = SignedInUser.signIn(email);

        fillTheProfile();
        String docxResume = importTheDocxAndFixTheUncertainField(user);
        importThePdfByDragAndDrop();
        String vacancy = addTheVacancy();
        String generation = tailorWithProgress(vacancy, docxResume);
        readScoresAndDiff(user, generation);
        exportThePdf(generation);
        keepAnOwnKey();
        letAModelProposeRequirements(vacancy);
        readAFactCheckWarningTailoredWithTheOwnKey(user, vacancy, docxResume);
        reachTheDailyLimit(user, vacancy, docxResume);
        deleteAGeneration(vacancy);
        deleteTheAccount(user);
        completeAnImportThatShowsNoName();
    }

    void signInWithTheKeyboard(String email) {
        browser.open("/vacancies");
        browser.waitForPath("/sign-in");
        browser.waitFor("input[type=email]");
        browser.screen("sign-in");
        WebElement field = browser.find("input[type=email]");
        field.sendKeys(email, Keys.ENTER);
        browser.waitForPath("/vacancies");
        browser.waitForText(email);
        browser.waitFor(".state-empty");
        browser.screen("vacancies-empty");
    }

    void fillTheProfile() {
        browser.allowHttpError("/api/profile", 404);
        browser.allowHttpError("/api/profile", 400);
        browser.press("Profile");
        browser.waitFor("input[name=firstName]");
        browser.waitForText("You have no profile yet");
        assertEquals(1, browser.all(".checklist li.done").size(), "only the email is there at first");
        browser.type("input[name=firstName]", "Ada");
        browser.type("input[name=lastName]", "Lovelace");
        browser.type("input[name=country]", "XX");
        browser.type("input[name=searchRegion]", "London");
        browser.type("input[name='languages[0].language']", "English");
        browser.type("input[name='languages[0].level']", "Native");
        assertEquals("", new Select(browser.find("select[name=workFormat]")).getFirstSelectedOption().getAttribute("value"),
                "no work format is chosen for the user");
        new Select(browser.find("select[name=workFormat]")).selectByValue("hybrid");
        browser.press("Save profile");
        WebElement country = browser.waitFor(".field.invalid input[name=country]");
        assertEquals("true", country.getAttribute("aria-invalid"));
        assertTrue(browser.find(".field.invalid .field-error").getText().contains("ISO 3166"), browser.bodyText());
        assertEquals(country, browser.driver().switchTo().activeElement(), "focus moves to the first invalid field");
        browser.screen("profile-invalid");
        browser.type("input[name=country]", "GB");
        browser.waitForText("That is United Kingdom.");
        browser.press("Save profile");
        browser.waitForText("Profile saved. It is complete.");
        assertEquals(6, browser.all(".checklist li.done").size());
        browser.screen("profile-complete");
    }

    String importTheDocxAndFixTheUncertainField(SignedInUser user) throws Exception {
        browser.press("Resumes");
        browser.waitFor(".drop-zone");
        browser.waitFor(".state-empty");
        watch(".upload-status");
        browser.find("input[type=file]").sendKeys(file("ada-lovelace.docx", ResumeFixtures.docxWithStylesAndLinks().bytes()).toString());
        browser.waitForPath("/resumes/[0-9a-f-]{36}");
        String id = browser.path().substring("/resumes/".length());
        assertTrue(seen().stream().anyMatch(text -> text.startsWith("Uploading ada-lovelace.docx")), "no upload progress: " + seen());
        WebElement location = browser.waitFor(".field.uncertain input[name='personalInfo.location']");
        assertEquals("London, United Kingdom", location.getAttribute("value"));
        browser.waitForText("Please check: the importer was not sure about this value.");
        browser.screen("resume-review");

        // someone changes the resume elsewhere: the save must not overwrite it
        browser.allowHttpError("/api/resumes/" + id, 412);
        var changed = user.api().get("/api/resumes/" + id).json();
        var body = Json.createObjectBuilder().add("title", "Changed elsewhere").add("content", changed.getJsonObject("content")).build();
        assertEquals(200, user.api().put("/api/resumes/" + id, body.toString()).status());
        browser.type("input[name='personalInfo.location']", "London, UK");
        browser.press("Save resume");
        browser.waitForText("This was changed somewhere else");
        browser.screen("resume-conflict");
        browser.press("Reload the other version");
        browser.waitForText("Changed elsewhere");

        browser.type("input[name='personalInfo.location']", "London, UK");
        browser.type("input[name=title]", "Ada – backend");
        browser.press("Save resume");
        browser.waitForText("Resume saved.");
        assertTrue(browser.all(".field.uncertain").isEmpty(), "a saved resume has nothing left to check");
        var saved = user.api().get("/api/resumes/" + id).json();
        assertEquals("London, UK", saved.getJsonObject("content").getJsonObject("personalInfo").getString("location"));
        assertEquals("Ada – backend", saved.getString("title"));
        browser.screen("resume-saved");
        return id;
    }

    void importThePdfByDragAndDrop() throws Exception {
        browser.press("Resumes");
        browser.waitFor(".items .item");
        browser.script("""
                const [name, data] = arguments;
                const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
                const zone = document.querySelector('.drop-zone');
                zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));""",
                "grace-hopper.pdf", Base64.getEncoder().encodeToString(ResumeFixtures.pdfBoxSingleColumn().bytes()));
        browser.waitForPath("/resumes/[0-9a-f-]{36}");
        WebElement name = browser.waitFor("input[name='personalInfo.fullName']");
        assertEquals("Grace Hopper", name.getAttribute("value"));
        browser.press("Resumes");
        browser.until(d -> browser.all(".items .item").size() == 2 ? Boolean.TRUE : null);
        browser.screen("resumes");

        browser.find("button[aria-label='Delete grace-hopper']").click();
        browser.waitFor("dialog.confirm[open]");
        assertTrue(browser.find("dialog.confirm").getText().contains("\"grace-hopper\" and every version tailored from it will be deleted."));
        browser.find("dialog.confirm button[value=cancel]").click();
        assertEquals(2, browser.all(".items .item").size(), "cancel keeps it");
        browser.find("button[aria-label='Delete grace-hopper']").click();
        browser.find("dialog.confirm button[value=confirm]").click();
        browser.until(d -> browser.all(".items .item").size() == 1 ? Boolean.TRUE : null);
    }

    String addTheVacancy() {
        browser.press("Vacancies");
        browser.press("Add a vacancy");
        browser.waitFor("input[name=company]");
        browser.type("input[name=company]", "Acme Payments");
        browser.type("input[name=jobPosition]", "Senior Backend Engineer");
        browser.type("textarea[name=description]", VACANCY);
        browser.screen("vacancy-new");
        browser.press("Add vacancy");
        browser.waitForPath("/vacancies/[0-9a-f-]{36}");
        browser.waitForText("Acme Payments (Senior Backend Engineer)");
        browser.waitForText("Nothing tailored for this vacancy yet.");
        browser.screen("vacancy");
        browser.press("Edit");
        browser.type("textarea[name=notes]", "Referral from Charles");
        browser.press("Save vacancy");
        browser.waitForText("Vacancy saved.");
        browser.waitForText("Referral from Charles");
        return browser.path().substring("/vacancies/".length());
    }

    String tailorWithProgress(String vacancy, String resume) {
        browser.press("Tailor a resume");
        browser.waitFor("form.tailor-form");
        browser.find("input[type=radio][value='" + resume + "']").click();
        browser.screen("tailor");
        watchSteps();
        browser.press("Tailor my resume");
        browser.waitForPath("/generations/[0-9a-f-]{36}");
        browser.waitFor(".side-by-side");
        @SuppressWarnings("unchecked")
        List<String> steps = (List<String>) browser.script("return window.__steps;");
        assertEquals(List.of("loading", "scoring-base-resume", "tailoring", "validating", "checking-facts",
                "scoring-tailored-resume", "storing"), steps.stream().distinct().toList(), "progress steps as streamed");
        return browser.path().substring("/generations/".length());
    }

    void readScoresAndDiff(SignedInUser user, String generation) {
        JsonObject api = user.api().get("/api/generations/" + generation).json();
        List<String> scores = browser.all(".score-number").stream().map(WebElement::getText).toList();
        assertEquals(List.of(String.valueOf(api.getInt("matchScoreBefore")), String.valueOf(api.getInt("matchScoreAfter"))), scores);
        String table = browser.find(".match").getText();
        assertTrue(table.contains("Must-have") && table.contains("Nice to have"), table);
        assertTrue(table.toLowerCase().contains("kafka") && table.contains("missing"), table);
        assertTrue(browser.all(".match .state-matched").size() > 0, table);
        assertFalse(browser.all(".side.base mark.keyword").isEmpty(), "vacancy keywords are highlighted");
        assertTrue(browser.find(".side-by-side").getText().contains("Senior Software Engineer, Analytical Engines Ltd"));
        browser.waitForText("kept 90 more days");
        browser.screen("generation");
    }

    void exportThePdf(String generation) throws Exception {
        browser.press("Export");
        browser.waitForPath("/generations/" + generation + "/export");
        browser.press("Show the PDF here");
        WebElement frame = browser.waitFor("iframe.pdf-frame");
        assertTrue(frame.getAttribute("src").startsWith("blob:"), frame.getAttribute("src"));
        Thread.sleep(1500); // lets Chromium's PDF viewer draw the page for the screenshot
        browser.screen("export-preview");
        new Select(browser.find("select[name=lang]")).selectByVisibleText("Deutsch");
        browser.press("Download PDF");
        browser.waitForText("Saved ");
        Path pdf = awaitDownload(".pdf");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), pdf.toString());
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Berufserfahrung"), "the headings in the language chosen:\n" + text);
        }
    }

    void keepAnOwnKey() throws Exception {
        browser.press("My keys");
        browser.waitFor(".key-card");
        browser.screen("keys-empty");
        WebElement card = browser.all(".key-card").get(0);
        card.findElement(org.openqa.selenium.By.cssSelector("input[type=password]")).sendKeys(OWN_KEY);
        card.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.waitForText("A key ending in …WXYZ is kept in this browser.");
        browser.waitForText("Registered with the server as …WXYZ");
        browser.screen("keys-kept");
    }

    void letAModelProposeRequirements(String vacancy) {
        FakeOpenAi.instance().answer("{\"requirements\":[{\"text\":\"Kafka\",\"mustHave\":true,\"years\":null},"
                + "{\"text\":\"Rust\",\"mustHave\":true,\"years\":null}]}");
        try {
            browser.open("/vacancies/" + vacancy);
            browser.press("Let a model propose more");
            browser.waitForText("my OpenAI key …WXYZ");
            browser.find(".requirements .key-switch input[value=openai]").click();
            browser.screen("requirements-propose");
            browser.press("Propose requirements");
            browser.waitForText("The model proposed nothing that is not listed already.");
            browser.screen("requirements-proposed");
            var calls = FakeOpenAi.instance().server().findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
            assertTrue(calls.stream().anyMatch(call -> ("Bearer " + OWN_KEY).equals(call.getHeader("Authorization"))
                    && call.getBodyAsString().contains("vacancy_requirements")), "the proposal went to the provider with the own key");
        } finally {
            FakeOpenAi.instance().answer(FakeOpenAi.DEFAULT_ANSWER);
        }
        assertFalse(browser.find(".requirements").getText().contains("Rust"), "what the posting does not say is not added");
    }

    void readAFactCheckWarningTailoredWithTheOwnKey(SignedInUser user, String vacancy, String resume) throws Exception {
        FakeOpenAi.instance().answer(fabricating(user.api().get("/api/resumes/" + resume).json().getJsonObject("content")));
        try {
            browser.open("/vacancies/" + vacancy + "/tailor");
            browser.waitFor("form.tailor-form");
            browser.find("input[type=radio][value='" + resume + "']").click();
            browser.waitForText("my OpenAI key …WXYZ");
            browser.find(".key-switch input[value=openai]").click();
            browser.press("Tailor my resume");
            browser.waitForPath("/generations/[0-9a-f-]{36}");
            browser.waitFor(".side-by-side");
            var calls = FakeOpenAi.instance().server().findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
            assertTrue(calls.stream().anyMatch(call -> ("Bearer " + OWN_KEY).equals(call.getHeader("Authorization"))),
                    "the provider never saw the own key: " + calls.stream().map(c -> c.getHeader("Authorization")).toList());
        } finally {
            FakeOpenAi.instance().answer(FakeOpenAi.DEFAULT_ANSWER);
        }
        browser.waitForText("The fact check reverted");
        WebElement entry = browser.all(".compare-section").stream().filter(s -> s.getText().startsWith("Experience")).findFirst()
                .orElseThrow().findElements(org.openqa.selenium.By.cssSelector(".compare")).get(0);
        assertTrue(entry.findElement(org.openqa.selenium.By.cssSelector(".side.tailored .guard-warning")).getText()
                .contains("are not in the base resume; description reverted"), entry.getText());
        String skills = browser.all(".compare-section").stream().filter(s -> s.getText().startsWith("Skills")).findFirst()
                .orElseThrow().getText();
        assertTrue(skills.contains("skill \"Kafka\" has no evidence in the base resume; removed"), skills);
        assertFalse(browser.all(".side.tailored ins").isEmpty(), "the rephrased lines are marked as changed");
        browser.screen("generation-fact-check");

        // the key was used for that call (above), and went nowhere else
        assertFalse(databaseText().contains(OWN_KEY) || databaseText().contains(OWN_KEY.substring(0, 20)), "the key is in the database");
        assertFalse(Files.readString(AppServer.logFile()).contains(OWN_KEY.substring(0, 20)), "the key is in the server log");
        assertEquals(List.of("WXYZ"), SqlRows.rows(AppServer.database(),
                "SELECT key_hint FROM llm_keys WHERE user_id = '" + user.id() + "'"));
    }

    void reachTheDailyLimit(SignedInUser user, String vacancy, String resume) {
        int platformCalls = 0;
        for (int i = 0; i < 10; i++) {
            var reply = user.api().send(user.api().builder("/api/vacancies/" + vacancy + "/generations")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"resumeId\":\"" + resume + "\"}")));
            if (reply.status() == 429) {
                break;
            }
            assertEquals(201, reply.status(), reply.toString());
            platformCalls++;
        }
        assertTrue(platformCalls < 10, "no daily limit");
        browser.open("/vacancies/" + vacancy + "/tailor");
        browser.waitFor("form.tailor-form");
        browser.find(".key-switch input[value=platform]").click();
        browser.press("Tailor my resume");
        browser.waitForText("Daily limit reached.");
        assertTrue(browser.bodyText().contains("Your own API key has its own, separate limit."), browser.bodyText());
        assertEquals("/keys", java.net.URI.create(browser.control("Use your own API key").getAttribute("href")).getPath());
        browser.screen("tailor-limit-reached");
        browser.press("Usage");
        browser.waitFor(".usage-table");
        browser.waitForText("Daily limit reached: you used all 5 Tailoring operations with the platform key today.");
        browser.waitForText("With your own API key you have 49 left today.");
        browser.screen("usage-limit-reached");
    }

    void deleteAGeneration(String vacancy) {
        browser.press("Vacancies");
        browser.press("Acme Payments (Senior Backend Engineer)");
        browser.waitForPath("/vacancies/" + vacancy);
        browser.until(d -> browser.all(".generations .item").size() > 1 ? Boolean.TRUE : null);
        int before = browser.all(".generations .item").size();
        assertTrue(browser.find(".generations").getText().contains("kept 90 more days"));
        browser.screen("vacancy-generations");
        browser.find(".generations .item button.danger").click();
        browser.find("dialog.confirm button[value=confirm]").click();
        browser.until(d -> browser.all(".generations .item").size() == before - 1 ? Boolean.TRUE : null);
    }

    void deleteTheAccount(SignedInUser user) throws Exception {
        browser.press("Account");
        browser.waitFor(".danger-zone");
        browser.press("Download my data");
        browser.waitForText("Saved resume-tailor-export.json.");
        String export = Files.readString(awaitDownload(".json"));
        assertTrue(export.contains("Acme Payments") && !export.contains(OWN_KEY), "the export holds my data and no key");
        browser.screen("account");
        browser.press("Delete my account");
        browser.waitFor("dialog.confirm[open]");
        browser.screen("account-delete-confirm");
        browser.find("dialog.confirm button[value=confirm]").click();
        browser.waitForPath("/sign-in");
        browser.waitForText("Your account and all its data were deleted.");
        assertEquals(List.of("0"), SqlRows.rows(AppServer.database(), "SELECT count(*) FROM users WHERE id = '" + user.id() + "'"));
        assertEquals(0L, browser.script("return Object.keys(localStorage).filter((k) => k.includes(arguments[0])).length;", user.id()),
                "the own key left the browser with the account");
        browser.screen("signed-out-deleted");
    }

    /**
     * A newcomer without a profile imports a file that shows no name: the server refuses it with
     * what it read, and the app opens that in the new-resume form to complete and save.
     */
    void completeAnImportThatShowsNoName() throws Exception {
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signInWithTheKeyboard(email);
        SignedInUser user = SignedInUser.signIn(email);
        browser.press("Resumes");
        browser.waitFor(".drop-zone");
        browser.allowHttpError("/api/resumes", 422);
        browser.find("input[type=file]").sendKeys(file("no-name.pdf", ResumeFixtures.withoutName()).toString());
        browser.waitForPath("/resumes/new");
        browser.waitForText("Neither the document nor your profile gives a name");
        WebElement name = browser.waitFor(".field.uncertain input[name='personalInfo.fullName']");
        assertEquals("", name.getAttribute("value"));
        assertEquals("d.riemenschneider@example.de", browser.find("input[name='personalInfo.email']").getAttribute("value"));
        browser.screen("resume-incomplete-import");
        browser.type("input[name='personalInfo.fullName']", "Dennis Riemenschneider");
        browser.press("Save resume");
        browser.waitForPath("/resumes/[0-9a-f-]{36}");
        var saved = user.api().get("/api/resumes").json();
        assertEquals(1, saved.getInt("total"), saved.toString());
        var content = user.api().get("/api/resumes/" + saved.getJsonArray("items").getJsonObject(0).getString("id")).json().getJsonObject("content");
        assertEquals("Dennis Riemenschneider", content.getJsonObject("personalInfo").getString("fullName"));
        assertEquals("KION Information Management Services GmbH", content.getJsonArray("experience").getJsonObject(0).getString("company"));
    }

    /** What a model that invents would answer: a number in the first entry, an unsupported skill, and honest rephrasing. */
    static String fabricating(JsonObject base) {
        JsonArray experience = base.getJsonArray("experience");
        var entries = Json.createArrayBuilder();
        for (int i = 0; i < experience.size(); i++) {
            JsonObject entry = experience.getJsonObject(i);
            String description = entry.getString("description", "");
            description = i == 0 ? description + "\n- Saved $3M in hosting costs" : description.replace("Built", "Designed and built");
            entries.add(Json.createObjectBuilder(entry).add("description", description));
        }
        var skills = Json.createArrayBuilder(base.getJsonArray("skills")).add("Kafka");
        return Json.createObjectBuilder(base)
                .add("summary", "Java and PostgreSQL backend engineer with 9 years of experience.")
                .add("experience", entries).add("skills", skills).build().toString();
    }

    static Path file(String name, byte[] bytes) throws Exception {
        Path dir = io.resumetailor.devserver.EmbeddedStack.projectDir().resolve("target/it-files");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }

    static void watch(String css) {
        browser.script("""
                window.__seen = [];
                const target = document.querySelector(arguments[0]);
                new MutationObserver(() => window.__seen.push(target.textContent)).observe(target, { subtree: true, childList: true, characterData: true });""",
                css);
    }

    @SuppressWarnings("unchecked")
    static List<String> seen() {
        return (List<String>) browser.script("return window.__seen;");
    }

    /** Records every step the progress list shows as under way, however fast they come. */
    static void watchSteps() {
        browser.script("""
                window.__steps = [];
                new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {
                  if (node.nodeType === 1) {
                    [node, ...node.querySelectorAll('li.step')].filter((li) => li.matches && li.matches('li.step-active'))
                      .forEach((li) => window.__steps.push(li.dataset.step));
                  }
                }))).observe(document.querySelector('main'), { subtree: true, childList: true });""");
    }

    Path awaitDownload(String suffix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                var done = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " download in " + browser.downloads());
    }

    /** Every row of every table in the database, as text. */
    static String databaseText() throws Exception {
        StringBuilder text = new StringBuilder();
        for (String table : SqlRows.rows(AppServer.database(),
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            SqlRows.rows(AppServer.database(), "SELECT t::text FROM \"" + table + "\" t").forEach(text::append);
        }
        return text.toString();
    }
}
