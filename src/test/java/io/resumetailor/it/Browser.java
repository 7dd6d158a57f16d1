package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.devserver.EmbeddedStack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the web app's tests, driven by Selenium WebDriver through
 * Debian's {@code chromium} and {@code chromium-driver} (Selenium never downloads a
 * driver), against the run's one {@link AppServer}. Without them the test class is
 * skipped with the reason (a JUnit assumption), never passed.
 *
 * <p>Every test fails on a browser console error. The only exceptions are HTTP errors
 * the test says it expects ({@link #allowHttpError}): Chromium logs every 4xx answer to
 * the console, and some answers (a 404 profile, a 412) are the API working. Each
 * {@link #screen} saves a full-page screenshot at desktop width and at 360 px, and checks
 * both: axe-core's WCAG 2.1 A/AA rules, no sideways scrolling at 360 px, no missing text.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final int PHONE_WIDTH = 360;
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern NETWORK = Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of (\\d{3})");
    private static final String WCAG = "['wcag2a','wcag2aa','wcag21a','wcag21aa']";

    private final String prefix;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<Map.Entry<String, Integer>> allowed = new ArrayList<>();
    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path downloads;
    private int shots;
    private String axe;

    /** @param prefix of the screenshot names, e.g. "journey" */
    public Browser(String prefix) {
        this.prefix = prefix;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Checks for Chromium first, then starts (or joins) the run's server: without Chromium
     * nothing boots, and each test is skipped with the reason in {@link #beforeEach}.
     */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!available()) {
            return;
        }
        new AppServer().beforeAll(context);
        Path target = EmbeddedStack.projectDir().resolve("target");
        Path profile = target.resolve("browser-profiles").resolve(prefix + "-" + UUID.randomUUID());
        downloads = target.resolve("downloads").resolve(prefix);
        Files.createDirectories(profile);
        Files.createDirectories(downloads);
        Files.createDirectories(target.resolve("screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-US,en"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(Files.newOutputStream(target.resolve("chromedriver-" + prefix + ".log"))).build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(available(), "browser test skipped: no Chromium at " + CHROMIUM + " with its driver at "
                + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver; .ci/run does it)");
        // each test starts signed out, with no keys kept: a page of the origin without the app, then empty storage
        driver.get(AppServer.baseUri() + "/app/icon.svg");
        script("sessionStorage.clear(); localStorage.clear();");
        allowed.clear();
        consoleErrors.clear();
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        if (context.getExecutionException().isEmpty()) {
            assertNoConsoleErrors();
        } else {
            drainConsole();
            if (!consoleErrors.isEmpty()) {
                System.err.println("browser console errors: " + consoleErrors);
            }
            saveFailure(context.getDisplayName());
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** Chromium logs a 4xx/5xx answer as a console error; this one is expected (a path part and a status). */
    public void allowHttpError(String pathPart, int status) {
        allowed.add(Map.entry(pathPart, status));
    }

    public void open(String path) {
        driver.get(AppServer.baseUri() + path);
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitFor(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public void waitForText(String text) {
        until(d -> bodyText().contains(text) ? Boolean.TRUE : null);
    }

    public void waitForPath(String regex) {
        until(d -> path().matches(regex) ? Boolean.TRUE : null);
    }

    public <T> T until(Function<ChromeDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).until(d -> condition.apply(driver));
        } catch (org.openqa.selenium.TimeoutException e) {
            drainConsole();
            throw new AssertionError("timed out on " + path() + "; console: " + consoleErrors + "; page:\n" + bodyText()
                    + "\nserver log:\n" + AppServer.logTail(), e);
        }
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void type(String css, String text) {
        WebElement element = waitFor(css);
        element.clear();
        element.sendKeys(text);
    }

    public void click(String css) {
        waitFor(css).click();
    }

    /** The button or link whose visible text is exactly this. */
    public WebElement control(String text) {
        return until(d -> d.findElements(By.xpath("//button[normalize-space()=" + literal(text) + "] | //a[normalize-space()="
                + literal(text) + "]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public void press(String text) {
        control(text).click();
    }

    public void pressKeys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Shift+Tab, as a person presses it (a chord string would release Shift before Tab). */
    public void pressShiftTab() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /**
     * Saves the screen as {@code target/screenshots/<prefix>-NN-<name>-desktop.png} and
     * {@code -phone.png} (360 px), and checks it at both widths.
     */
    public void screen(String name) {
        screen(name, true);
    }

    /** As {@link #screen(String)}; {@code audit} false skips axe, for pages that are not ours (Swagger UI). */
    public void screen(String name, boolean audit) {
        shots++;
        String base = "%s-%02d-%s".formatted(prefix, shots, name);
        settle();
        checkPage(base + " desktop", audit);
        capture(base + "-desktop.png");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            settle();
            Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), base + ": the page scrolls sideways at " + PHONE_WIDTH + " px");
            checkPage(base + " phone", audit);
            capture(base + "-phone.png");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            settle();
        }
        assertNoConsoleErrors();
    }

    /** Lets layout and pending fetches finish: two animation frames and a short pause. */
    private void settle() {
        asyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }

    private void checkPage(String where, boolean audit) {
        String text = bodyText();
        assertTrue(!text.contains("⟦"), where + ": a text key has no English text: " + text);
        if (!audit) {
            return;
        }
        assertEquals(List.of(), accessibilityViolations(), where + ": accessibility (WCAG 2.1 A/AA) violations");
    }

    /** axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line each. */
    public Object accessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
            script(axe);
        }
        return asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
                  .then((result) => done(result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                     + v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' -> ' + n.failureSummary.replace(/\\s+/g, ' ')).join(' | '))))
                  .catch((error) => done(['axe failed: ' + error]));""".formatted(WCAG));
    }

    private void capture(String file) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(EmbeddedStack.projectDir().resolve("target/screenshots").resolve(file),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void saveFailure(String test) {
        try {
            capture(prefix + "-failed-" + test.replaceAll("\\W+", "_") + ".png");
        } catch (RuntimeException e) {
            System.err.println("no failure screenshot: " + e);
        }
    }

    private void drainConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (!"SEVERE".equals(entry.getLevel().getName())) {
                continue;
            }
            Matcher network = NETWORK.matcher(entry.getMessage());
            if (network.find() && allowed.stream().anyMatch(allow -> network.group(1).contains(allow.getKey())
                    && Integer.parseInt(network.group(2)) == allow.getValue())) {
                continue;
            }
            consoleErrors.add(entry.getMessage());
        }
    }

    /** The console errors so far that no allowHttpError() covers; taking them clears them. */
    public List<String> takeConsoleErrors() {
        drainConsole();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        return errors;
    }

    public void assertNoConsoleErrors() {
        drainConsole();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        assertEquals(List.of(), errors, "browser console errors on " + path());
    }

    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
