package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * What every screen shares: Google sign-in and sign-out, deep links and reloads, the phone
 * menu by keyboard with a visible focus, screens only operators may see, Swagger UI, and
 * the requirement/explanation shapes the matching upgrade will bring.
 */
class WebShellIT {

    @RegisterExtension
    static final Browser browser = new Browser("shell");

    static void signIn(String email) {
        browser.open("/sign-in");
        browser.type("input[type=email]", email);
        browser.find("input[type=email]").sendKeys(Keys.ENTER);
        browser.waitForPath("/vacancies");
    }

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void signsInWithGoogleAndOut() {
        String email = email("google-web");
        FakeGoogle.instance().identityServicesAnswer(FakeGoogle.instance().sign(FakeGoogle.claims("g-" + UUID.randomUUID(), email).build()));
        try {
            browser.open("/account");
            browser.waitForPath("/sign-in");
            browser.waitFor(".fake-google-button");
            browser.screen("sign-in-google-and-dev");
            browser.click(".fake-google-button");
            browser.waitForPath("/account");
            browser.waitForText(email);
        } finally {
            FakeGoogle.instance().identityServicesAnswer(null);
        }
        browser.press("Sign out");
        browser.waitForPath("/sign-in");
        browser.waitForText("You are signed out.");
        browser.open("/account");
        browser.waitForPath("/sign-in");
    }

    @Test
    void deepLinksAndReloadsKeepTheScreen() {
        signIn(email("deep"));
        browser.open("/keys");
        browser.waitFor(".key-card");
        browser.driver().navigate().refresh();
        browser.waitFor(".key-card");
        assertEquals("/keys", browser.path());
        assertEquals("My keys · Resume Tailor", browser.driver().getTitle());
        browser.driver().navigate().back();
        browser.waitForPath("/vacancies");
        browser.driver().navigate().forward();
        browser.waitForPath("/keys");
        browser.allowHttpError("/api/vacancies/", 404);
        browser.open("/vacancies/" + UUID.randomUUID());
        browser.waitForText("This does not exist (any more), or it is not yours.");
        browser.screen("vacancy-not-found");
    }

    @Test
    void operatorScreensAreClosedToOthers() {
        signIn(email("not-admin"));
        assertTrue(browser.all(".site-nav a[href='/admin/users']").isEmpty(), "no admin link for a user");
        browser.open("/admin/settings");
        browser.waitForText("This screen is for operators (super admins) only.");
        browser.screen("admin-forbidden");
    }

    @Test
    void phoneMenuWorksByKeyboardWithVisibleFocus() {
        signIn(email("keyboard"));
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", Browser.PHONE_WIDTH, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.open("/vacancies");
            browser.waitFor(".menu-toggle");
            assertFalse(browser.find(".site-nav").isDisplayed(), "the menu starts closed on a phone");
            assertEquals("H1", focused("tagName"), "a screen starts with the focus on its heading");
            browser.pressShiftTab();
            assertEquals("Menu", focused("textContent"));
            assertVisibleFocus();
            browser.pressShiftTab();
            browser.pressShiftTab();
            assertEquals("Skip to content", focused("textContent"));
            assertVisibleFocus();
            browser.pressKeys(Keys.TAB, Keys.TAB);
            assertEquals("Menu", focused("textContent"));
            browser.pressKeys(Keys.ENTER);
            browser.waitFor(".site-nav.open");
            assertEquals("true", browser.find(".menu-toggle").getAttribute("aria-expanded"));
            browser.pressKeys(Keys.TAB, Keys.TAB, Keys.TAB);
            assertEquals("Profile", focused("textContent"));
            assertVisibleFocus();
            browser.allowHttpError("/api/profile", 404);
            browser.pressKeys(Keys.ENTER);
            browser.waitForPath("/profile");
            browser.waitFor("input[name=firstName]");
            assertEquals("H1", focused("tagName"), "the new screen's heading takes the focus");
            assertFalse(browser.find(".site-nav").isDisplayed(), "the menu closes after navigating");
            browser.pressKeys(Keys.TAB);
            assertEquals("firstName", focused("name"));
            assertVisibleFocus();
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void swaggerUiShowsTheApi() {
        browser.open("/api-docs");
        browser.until(d -> browser.all(".opblock").size() > 20 ? Boolean.TRUE : null);
        assertTrue(browser.bodyText().contains("Resume tailoring service"), browser.bodyText());
        browser.screen("api-docs", false);
    }

    @Test
    void rendersTheRequirementShapeOfTheMatchingUpgrade() {
        signIn(email("shape"));
        Object result = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const shape = await import('/app/tailor/report-shape.js');
                  const { requirementsTable } = await import('/app/tailor/requirements-table.js');
                  const { scoreCards } = await import('/app/tailor/score-cards.js');
                  const { requirementsPanel } = await import('/app/vacancies/requirements-panel.js');
                  const { diff } = await import('/app/tailor/line-diff.js');
                  const vacancy = { id: '00000000-0000-0000-0000-000000000001', requirementsEdited: true, requirements: [
                    { id: 'r1', text: '5+ years of Java', mustHave: true, kind: 'skill', years: 5, concept: 'java', origin: 'extracted' },
                    { id: 'r2', text: 'Kafka', mustHave: true, kind: 'skill', years: null, concept: 'kafka', origin: 'extracted' },
                    { id: 'r3', text: 'Terraform', mustHave: false, kind: 'tool', years: null, concept: 'terraform', origin: 'user' }] };
                  const requirements = shape.requirementsOf(vacancy);
                  const before = shape.explanation({ score: 40, band: 'fair',
                    cap: { score: 40, reason: 'a must-have is missing', requirements: ['r2'] },
                    matched: [{ requirement: 'r1', evidence: [{ section: 'experience', entry: 0, line: 1, text: 'Built payment services in Java' }] }],
                    missing: [{ requirement: 'r2', gain: 25, coverage: 0 },
                              { requirement: requirements[2], gain: 3, coverage: 0.5, evidence: [{ section: 'skills', entry: null, line: 0, text: 'Terraform basics' }] }],
                    unevidenced: [] }, requirements);
                  const after = shape.explanation({ score: 55, band: 'good', cap: null,
                    matched: [{ requirement: 'r1', evidence: [{ section: 'experience', entry: 0, line: 1, text: 'Built payment services in Java' }] },
                              { requirement: 'r3', evidence: [{ section: 'skills', entry: null, line: 2, text: 'Terraform' }] }],
                    missing: [{ requirement: 'r2', gain: 25 }], unevidenced: ['r2'] }, requirements);
                  const main = document.querySelector('main');
                  main.replaceChildren(scoreCards({ matchScoreBefore: 40, matchScoreAfter: 55 }, before, after),
                    requirementsTable(before, after), requirementsPanel(vacancy, () => {}));
                  const placed = shape.placeWarnings([
                    { section: 'experience', entry: null, message: 'the entry "Staff Engineer at Google" matches no entry of the base resume; removed' },
                    { section: 'experience', entry: 0, message: 'numbers [$3m] are not in the base resume; description reverted' },
                    { section: 'experience', entry: 1, message: 'the entry "Engineer at Initech" was dropped; restored' },
                    { section: 'skills', entry: null, message: 'skill "Kafka" has no evidence in the base resume; removed' },
                    { section: 'summary', entry: null, message: 'summary claims numbers [300%] not in the base resume; reverted' },
                    { message: 'a warning stored before warnings had a place' }]);
                  done({ rows: shape.requirementRows(before, after).map((r) => r.requirement.text + ':' + r.before?.matched + '>' + r.after?.matched),
                    coverage: shape.requirementRows(before, after).map((r) => r.before?.coverage ?? null),
                    terms: shape.highlightTerms(before, after), entry0: placed.entries.get(0), entry1: placed.entries.get(1),
                    experience: placed.sections.experience, skills: placed.sections.skills, summary: placed.sections.summary,
                    general: placed.general,
                    moved: diff(['a', 'b', 'c'], ['c', 'a', 'b', 'd']).map((op) => op.type) });
                })().catch((error) => done(String(error)));""");
        assertTrue(result instanceof Map, String.valueOf(result));
        Map<?, ?> shape = (Map<?, ?>) result;
        assertEquals(java.util.List.of("5+ years of Java:true>true", "Kafka:false>false", "Terraform:false>true"), shape.get("rows"));
        assertEquals(java.util.List.of("java", "kafka", "terraform"), shape.get("terms"));
        assertEquals(java.util.List.of(1L, 0L, 0.5), shape.get("coverage"), "matched counts 1, missing its coverage");
        assertEquals(java.util.List.of("numbers [$3m] are not in the base resume; description reverted"), shape.get("entry0"));
        assertEquals(java.util.List.of("the entry \"Engineer at Initech\" was dropped; restored"), shape.get("entry1"));
        assertEquals(1, ((java.util.List<?>) shape.get("experience")).size());
        assertEquals(1, ((java.util.List<?>) shape.get("skills")).size());
        assertEquals(1, ((java.util.List<?>) shape.get("summary")).size());
        assertEquals(1, ((java.util.List<?>) shape.get("general")).size());
        assertEquals(java.util.List.of("moved-here", "same", "same", "moved-away", "added"), shape.get("moved"),
                "a reordered line is moved, not left out and added");
        String page = browser.bodyText();
        for (String expected : new String[]{"Fair match", "Good match", "Capped at 40: a must-have is missing (Kafka)", "(+25 if shown)", "(+3 if shown in full)", "partly shown (50%)",
            "Where (1)", "You corrected this list", "Reset to what was read from the text", "5+ years", "Kafka"}) {
            assertTrue(page.contains(expected), expected + " not in\n" + page);
        }
        browser.screen("target-shape");
    }

    /** The checks every screen goes through can fail: a console error, an unexpected HTTP error, an unlabelled field. */
    @Test
    void theBrowserChecksCatchWhatTheyLookFor() {
        signIn(email("probe"));
        browser.allowHttpError("/app/expected-missing.js", 404);
        browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                console.error('probe: a bug');
                Promise.all([fetch('/app/expected-missing.js'), fetch('/app/unexpected-missing.js')]).then(() => setTimeout(done, 100));""");
        List<String> errors = browser.takeConsoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("probe: a bug")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("/app/unexpected-missing.js")), errors.toString());
        assertFalse(errors.stream().anyMatch(e -> e.contains("/app/expected-missing.js")), errors.toString());
        browser.script("document.querySelector('main').append(Object.assign(document.createElement('input'), { type: 'text' }));");
        assertTrue(String.valueOf(browser.accessibilityViolations()).contains("label"), String.valueOf(browser.accessibilityViolations()));
    }

    private static Object focused(String property) {
        return browser.script("return document.activeElement[arguments[0]];", property);
    }

    private static void assertVisibleFocus() {
        Object outline = browser.script("""
                const style = getComputedStyle(document.activeElement);
                return style.outlineStyle + ' ' + style.outlineWidth;""");
        assertTrue(!String.valueOf(outline).startsWith("none") && !String.valueOf(outline).endsWith(" 0px"),
                "no visible focus on " + focused("outerHTML") + ": " + outline);
    }
}
