package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.boundary.ByokHeaders;
import io.resumetailor.llm.boundary.LlmGateway;
import io.resumetailor.llm.entity.LlmKey;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.llm.entity.LlmRequest;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.profiles.entity.LanguageEntry;
import io.resumetailor.profiles.entity.PhoneEntry;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.profiles.entity.WorkFormat;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import io.resumetailor.resumes.entity.SourceFileType;
import io.resumetailor.settings.boundary.SystemSettings;
import io.resumetailor.settings.entity.SystemConfig;
import io.resumetailor.tailoring.boundary.GenerationCleanup;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.usage.boundary.PlatformBudget;
import io.resumetailor.usage.boundary.UsageMeter;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.usage.boundary.StaleAdmissions;
import io.resumetailor.usage.entity.Admission;
import io.resumetailor.usage.entity.BudgetReservation;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.usage.entity.UsageLog;
import io.resumetailor.users.entity.Role;
import io.resumetailor.users.entity.User;
import io.resumetailor.vacancies.entity.Vacancy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container tests, in one deployment: Payara Micro boots once more per test run
 * for them (the black-box tests share the server {@link AppServer} started), instead of
 * once per class. They reach beans and the database directly, where a black-box test
 * cannot: entity round trips on the packaged WAR's persistence unit, limits and budget
 * under concurrent callers (each on its own thread, transaction and connection, as
 * requests on several instances), and the cleanup timer's work.
 */
@ExtendWith({AppServer.class, ArquillianExtension.class})
class InContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")))
                .addClasses(InContainerIT.class, RoundTripStore.class, AppServer.class);
    }

    // ---- entity round trips: every entity through EclipseLink and back, enum and jsonb columns included



    @Inject
    RoundTripStore store;

    static ResumeContent content() {
        return new ResumeContent(
                new PersonalInfo("Zofia Łukasiewicz", "zofia@example.com", "+48 600 100 200", "Kraków",
                        "https://www.linkedin.com/in/zofia", "https://zofia.dev"),
                "Backend engineer.",
                List.of(new ExperienceEntry("Acme", "Senior Engineer", "2020-01", null, "Built the billing platform.",
                                List.of("Billing"), List.of(new ExperienceLink("Case study", "https://acme.test/case"))),
                        new ExperienceEntry("Initech", "Engineer", "2017-03", "2019-12", "Java services.", null, null)),
                List.of(new EducationEntry("AGH", "MSc", "Computer Science", "2012-10", "2017-06")),
                List.of("Java", "PostgreSQL"),
                List.of(new CertificationEntry("OCP Java 17", "Oracle", "2022-05")),
                List.of(new ResumeLanguage("Polish", "Native"), new ResumeLanguage("Русский", "B2")));
    }

    User user(Role role) {
        String unique = UUID.randomUUID().toString();
        return store.save(new User(unique + "@example.com", "google-" + unique, role));
    }

    @Test
    void userWithEveryRoleRoundTrips() {
        for (Role role : Role.values()) {
            User saved = user(role);
            User loaded = store.load(User.class, saved.getId());
            assertEquals(role, loaded.getRole());
            assertEquals(saved.getEmail(), loaded.getEmail());
            assertEquals(saved.getGoogleId(), loaded.getGoogleId());
            assertEquals(saved.getCreatedAt(), loaded.getCreatedAt());
        }
    }

    @Test
    void profileWithJsonbListsRoundTrips() {
        User user = user(Role.PUBLIC);
        Profile profile = new Profile(user.getId());
        profile.replace("Zofia", "Łukasiewicz", "zofia@example.com", "PL", "Kraków", WorkFormat.HYBRID,
                List.of(new LanguageEntry("Polish", "Native"), new LanguageEntry("English", "C1")),
                List.of(new PhoneEntry("+48 600 100 200", "Mobile"), new PhoneEntry("+48 12 000 00 00", null)));
        store.save(profile);
        Profile loaded = store.load(Profile.class, profile.getId());
        assertEquals(WorkFormat.HYBRID, loaded.getWorkFormat());
        assertEquals(profile.getLanguages(), loaded.getLanguages());
        assertEquals(profile.getPhones(), loaded.getPhones());
        assertEquals("Łukasiewicz", loaded.getLastName());
        assertTrue(loaded.isComplete());
    }

    @Test
    void resumeContentRoundTripsExactly() {
        User user = user(Role.FRIEND);
        Resume resume = store.save(new Resume(user.getId(), "Main", content(), "cv.pdf", SourceFileType.PDF));
        Resume loaded = store.load(Resume.class, resume.getId());
        assertEquals(content(), loaded.getContent());
        assertEquals(SourceFileType.PDF, loaded.getSourceFileType());
        assertNull(loaded.getContent().experience().get(0).endDate());
    }

    @Test
    void vacancyAndGenerationRoundTrip() {
        User user = user(Role.PUBLIC);
        Resume resume = store.save(new Resume(user.getId(), "Main", content(), "cv.docx", SourceFileType.DOCX));
        Vacancy vacancy = new Vacancy(user.getId());
        vacancy.replace("Globex", "Staff Engineer", "Java, PostgreSQL, Kubernetes.", "https://globex.test/jobs/1", null);
        store.save(vacancy);
        Generation generation = store.save(new Generation(vacancy.getId(), resume.getId(), content(), 41, 77));

        Vacancy loadedVacancy = store.load(Vacancy.class, vacancy.getId());
        assertEquals("Globex (Staff Engineer)", loadedVacancy.displayTitle());
        Generation loaded = store.load(Generation.class, generation.getId());
        assertEquals(41, loaded.getMatchScoreBefore());
        assertEquals(77, loaded.getMatchScoreAfter());
        assertEquals(content(), loaded.getContent());
        assertEquals(90, ChronoUnit.DAYS.between(loaded.getGeneratedAt(), loaded.getExpiresAt()));
    }

    @Test
    void llmKeyUsageLogAndSystemConfigRoundTrip() {
        User user = user(Role.SUPER_ADMIN);
        LlmKey key = store.save(new LlmKey(user.getId(), LlmProvider.GEMINI, "x9Zq"));
        assertEquals(LlmProvider.GEMINI, store.load(LlmKey.class, key.getId()).getProvider());

        UsageLog log = store.save(new UsageLog(user.getId(), Operation.GENERATE, ProviderType.BYOK, 1234,
                new BigDecimal("0.012345")));
        UsageLog loadedLog = store.load(UsageLog.class, log.getId());
        assertEquals(Operation.GENERATE, loadedLog.getOperation());
        assertEquals(ProviderType.BYOK, loadedLog.getProviderType());
        assertEquals(1234, loadedLog.getTokensUsed());
        assertEquals(0, new BigDecimal("0.012345").compareTo(loadedLog.getCost()));

        String configKey = "test_" + UUID.randomUUID().toString().substring(0, 8);
        store.save(new SystemConfig(configKey, Json.createObjectBuilder().add("nested", Json.createArrayBuilder()
                .add(1).add("two")).build()));
        SystemConfig loadedConfig = store.load(SystemConfig.class, configKey);
        assertEquals("{\"nested\":[1,\"two\"]}", loadedConfig.getValue().toString());
        assertNotNull(loadedConfig.getUpdatedAt());
        assertEquals("\"openai\"", store.load(SystemConfig.class, "platform_provider").getValue().toString());
    }

    @Test
    void invalidEntityIsNotWritten() {
        User user = user(Role.PUBLIC);
        Vacancy vacancy = new Vacancy(user.getId());
        vacancy.replace("", null, "desc", "javascript:alert(1)", null);
        assertThrows(EJBException.class, () -> store.save(vacancy));
    }

    // ---- metering: limits and budget under concurrent callers, the gateway's metering and BYOK


    static final String BYOK_KEY = "sk-byok-it-" + UUID.randomUUID();



    @Inject
    UsageMeter meter;

    @Inject
    PlatformBudget budget;

    @Inject
    SystemSettings settings;

    @Inject
    LlmGateway gateway;

    @Resource(lookup = "java:app/jdbc/tailor")
    DataSource database;

    UUID newUser() {
        String unique = UUID.randomUUID().toString();
        return store.save(new User(unique + "@example.com", "metering-" + unique, Role.PUBLIC)).getId();
    }

    /** Runs the task on {@code threads} threads released at the same instant; returns how many completed. */
    static int concurrently(int threads, Runnable task, List<Throwable> refused) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    task.run();
                    ok.incrementAndGet();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        refused.addAll(errors);
        return ok.get();
    }

    long rows(String sql) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void concurrentAdmissionsAtTheLimitAdmitExactlyTheLimit() throws Exception {
        UUID user = newUser();
        int limit = 5; // public, generate, platform: the documented default
        List<Throwable> refused = new ArrayList<>();
        int admitted = concurrently(limit + 1, () -> meter.admit(user, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM), refused);
        assertEquals(limit, admitted);
        assertEquals(1, refused.size());
        assertEquals(429, ((ProblemException) refused.get(0)).problem().status());
        assertEquals(limit, rows("SELECT count(*) FROM usage_logs WHERE user_id = '" + user + "'"));
    }

    @Test
    void manyConcurrentCallersStillAdmitExactlyTheLimit() throws Exception {
        UUID user = newUser();
        List<Throwable> refused = new ArrayList<>();
        int admitted = concurrently(24, () -> meter.admit(user, Role.PUBLIC, Operation.PARSE, ProviderType.PLATFORM), refused);
        assertEquals(10, admitted);
        assertEquals(14, refused.size());
    }

    @Test
    void byokHasItsOwnLimitAndReleaseGivesQuotaBack() {
        UUID user = newUser();
        List<Admission> admissions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            admissions.add(meter.admit(user, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM));
        }
        assertThrows(ProblemException.class, () -> meter.admit(user, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM));
        meter.admit(user, Role.PUBLIC, Operation.GENERATE, ProviderType.BYOK);
        meter.release(admissions.get(0));
        meter.admit(user, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM);
        assertThrows(ProblemException.class, () -> meter.admit(user, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM));
    }

    @Test
    void superAdminsAreUnlimited() {
        UUID user = newUser();
        for (int i = 0; i < 40; i++) {
            meter.admit(user, Role.SUPER_ADMIN, Operation.EXPORT, ProviderType.PLATFORM);
        }
        assertEquals(40, meter.usedToday(user, Operation.EXPORT, ProviderType.PLATFORM));
    }

    @Test
    void parallelReservationsNeverOvershootTheCap() throws Exception {
        try {
            settings.update("global_budget_cap", Json.createValue(1));
            settings.update("global_budget_used", Json.createValue(0));
            ConcurrentLinkedQueue<BudgetReservation> reservations = new ConcurrentLinkedQueue<>();
            List<Throwable> refused = new ArrayList<>();
            int granted = concurrently(20, () -> reservations.add(budget.reserve(new BigDecimal("0.07"))), refused);
            assertEquals(14, granted);
            assertEquals(0, new BigDecimal("0.98").compareTo(budget.used()), budget.used().toString());
            assertTrue(refused.stream().allMatch(e -> e instanceof ProblemException p
                    && p.problem().type().endsWith("platform-budget-exhausted")));
            reservations.forEach(budget::release);
            assertEquals(0, BigDecimal.ZERO.compareTo(budget.used()));
        } finally {
            settings.update("global_budget_cap", Json.createValue(100));
            settings.update("global_budget_used", Json.createValue(0));
        }
    }

    @Test
    void settlingReplacesTheEstimateWithTheRealCost() {
        try {
            settings.update("global_budget_used", Json.createValue(0));
            BudgetReservation reservation = budget.reserve(new BigDecimal("0.5"));
            budget.settle(reservation, new BigDecimal("0.2"));
            assertEquals(0, new BigDecimal("0.2").compareTo(budget.used()));
        } finally {
            settings.update("global_budget_used", Json.createValue(0));
        }
    }

    static LlmRequest request(Supplier<JsonObject> offline) {
        JsonObject schema = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder().add("answer", Json.createObjectBuilder().add("type", "string")))
                .add("required", Json.createArrayBuilder().add("answer")).add("additionalProperties", false).build();
        return new LlmRequest("answer", "Answer.", "some data", schema, 200, offline);
    }

    @Test
    void offlineCallsAreMeteredAsPlatformAtNoCost() throws Exception {
        UUID user = newUser();
        var result = gateway.run(new Caller(user, Role.PUBLIC), Operation.PARSE,
                request(() -> Json.createObjectBuilder().add("answer", "offline").build()), Optional.empty(), false,
                reply -> reply.json().getString("answer"));
        assertEquals("offline", result.value());
        assertEquals(ProviderType.PLATFORM, result.providerType());
        assertEquals(1, rows("SELECT count(*) FROM usage_logs WHERE user_id = '" + user + "' AND provider_type = 'platform'"
                + " AND operation = 'parse' AND tokens_used = 0 AND cost = 0"));
    }

    @Test
    void failureWhileHandlingTheAnswerGivesTheQuotaBack() throws Exception {
        UUID user = newUser();
        assertThrows(RuntimeException.class, () -> gateway.run(new Caller(user, Role.PUBLIC), Operation.GENERATE,
                request(() -> Json.createObjectBuilder().add("answer", "x").build()), Optional.empty(), false,
                reply -> {
                    throw new IllegalStateException("answer did not validate");
                }));
        assertEquals(0, rows("SELECT count(*) FROM usage_logs WHERE user_id = '" + user + "'"));
    }

    @Test
    void byokCallUsesTheKeyOnceAndStoresItNowhere() throws Exception {
        UUID user = newUser();
        var result = gateway.run(new Caller(user, Role.PUBLIC), Operation.GENERATE, request(null),
                ByokHeaders.of("openai", BYOK_KEY), false, reply -> reply.json().getString("answer"));
        assertEquals("ok", result.value());
        assertEquals(ProviderType.BYOK, result.providerType());
        assertEquals(1, rows("SELECT count(*) FROM usage_logs WHERE user_id = '" + user + "' AND provider_type = 'byok'"
                + " AND tokens_used = 1500 AND cost = 0.000450"));
        // the fake provider saw the key...
        String base = ConfigProvider.getConfig().getValue("llm.openai.base-url", String.class).replace("/v1", "");
        String seen = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/__admin/requests")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(seen.contains("Bearer " + BYOK_KEY), "the key was not sent to the provider");
        // ...and no table holds it
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.getConnection(); ResultSet rs = connection.getMetaData()
                .getTables(null, "public", "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.size() >= 8, tables.toString());
        for (String table : tables) {
            assertEquals(0, rows("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%" + BYOK_KEY + "%'"), table);
        }
    }

    @Test
    void byokIsRefusedWhenSwitchedOff() {
        try {
            settings.update("byok_enabled", JsonValue.FALSE);
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> gateway.route(ByokHeaders.of("gemini", "AIza-something"), false));
            assertEquals(403, refused.problem().status());
        } finally {
            settings.update("byok_enabled", JsonValue.TRUE);
        }
    }

    @Test
    void withoutPlatformKeyThePlatformRouteIsTheOfflineEngine() {
        assertEquals("offline", gateway.route(Optional.empty(), false).model());
    }

    // ---- cleanup: the cleanup job removes exactly the expired generations, also when runs overlap



    @Inject
    GenerationCleanup cleanup;

    @Inject
    StaleAdmissions staleAdmissions;


    long count(String where) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM generations WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A user with a vacancy and a resume, and {@code expired} expired plus {@code live} live generations. */
    String seed(int expired, int live) throws Exception {
        String marker = UUID.randomUUID().toString();
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (id, email, google_id) VALUES ('" + marker + "', '" + marker + "@example.com', 'cleanup-" + marker + "')");
            statement.execute("INSERT INTO vacancies (id, user_id, company, description) VALUES ('" + marker + "', '" + marker + "', 'Acme', 'd')");
            statement.execute("INSERT INTO resumes (id, user_id, title, content, source_file_name, source_file_type)"
                    + " VALUES ('" + marker + "', '" + marker + "', 't', '{}', 'f.pdf', 'pdf')");
            statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after, expires_at)"
                    + " SELECT '" + marker + "', '" + marker + "', '{}', 1, 2, (now() AT TIME ZONE 'UTC') - interval '1 hour' * i"
                    + " FROM generate_series(1, " + expired + ") i");
            statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after, expires_at)"
                    + " SELECT '" + marker + "', '" + marker + "', '{}', 1, 2, (now() AT TIME ZONE 'UTC') + interval '1 hour' * i"
                    + " FROM generate_series(1, " + live + ") i");
        }
        return marker;
    }

    @Test
    void removesExactlyTheExpiredOnesInBatches() throws Exception {
        String marker = seed(2_500, 40);
        cleanup.purgeExpired();
        assertEquals(0, count("vacancy_id = '" + marker + "' AND expires_at <= now() AT TIME ZONE 'UTC'"));
        assertEquals(40, count("vacancy_id = '" + marker + "'"));
        assertEquals(0, cleanup.purgeExpired(), "a second run finds nothing");
    }

    @Test
    void callsLostInACrashGiveBackQuotaAndBudget() throws Exception {
        String marker = seed(0, 0);
        try {
            settings.update("global_budget_used", Json.createValue(new BigDecimal("0.05")));
            try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
                String row = "('" + marker + "', 'generate', 'platform', ";
                statement.execute("INSERT INTO usage_logs (user_id, operation, provider_type, tokens_used, cost, created_at) VALUES "
                        + row + "NULL, 0.01, (now() AT TIME ZONE 'UTC') - interval '30 minutes'), "
                        + row + "NULL, 0.01, (now() AT TIME ZONE 'UTC') - interval '20 minutes'), "
                        + row + "NULL, 0.01, now() AT TIME ZONE 'UTC'), "
                        + row + "500, 0.02, (now() AT TIME ZONE 'UTC') - interval '40 minutes')");
            }
            int reclaimed = staleAdmissions.reclaim(UtcClock.now().minusMinutes(15));
            assertTrue(reclaimed >= 2);
            assertEquals(0, countUsage(marker, "tokens_used IS NULL AND created_at < (now() AT TIME ZONE 'UTC') - interval '15 minutes'"));
            assertEquals(1, countUsage(marker, "tokens_used IS NULL"), "the call still in flight keeps its quota");
            assertEquals(1, countUsage(marker, "tokens_used = 500"), "settled calls stay");
            assertEquals(0, new java.math.BigDecimal("0.03").compareTo(budget.used()), budget.used().toString());
        } finally {
            settings.update("global_budget_used", Json.createValue(0));
        }
    }

    long countUsage(String user, String where) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM usage_logs WHERE user_id = '" + user + "' AND " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void concurrentRunsDoNoHarm() throws Exception {
        String marker = seed(3_000, 25);
        List<Thread> runs = new ArrayList<>();
        List<Integer> deleted = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread run = new Thread(() -> {
                try {
                    deleted.add(cleanup.purgeExpired());
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            runs.add(run);
            run.start();
        }
        for (Thread run : runs) {
            run.join(60_000);
        }
        assertEquals(List.of(), errors);
        // other tests may leave expired rows too: at least ours, each exactly once (nothing failed, nothing live went)
        assertTrue(deleted.stream().mapToInt(Integer::intValue).sum() >= 3_000);
        assertEquals(0, count("vacancy_id = '" + marker + "' AND expires_at <= now() AT TIME ZONE 'UTC'"));
        assertEquals(25, count("vacancy_id = '" + marker + "'"));
    }
}
