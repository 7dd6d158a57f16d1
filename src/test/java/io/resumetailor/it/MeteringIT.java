package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.boundary.ByokHeaders;
import io.resumetailor.llm.boundary.LlmGateway;
import io.resumetailor.llm.entity.LlmRequest;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.settings.boundary.SystemSettings;
import io.resumetailor.usage.boundary.PlatformBudget;
import io.resumetailor.usage.boundary.UsageMeter;
import io.resumetailor.usage.entity.Admission;
import io.resumetailor.usage.entity.BudgetReservation;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.users.entity.Role;
import io.resumetailor.users.entity.User;
import jakarta.annotation.Resource;
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
import java.util.ArrayList;
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
 * In-container: limits and budget under concurrent callers (each on its own thread,
 * transaction and database connection, exactly as requests on several instances), and
 * the gateway's metering, refunds and BYOK handling.
 */
@ExtendWith({AppServer.class, ArquillianExtension.class})
class MeteringIT {

    static final String BYOK_KEY = "sk-byok-it-" + UUID.randomUUID();

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")))
                .addClasses(MeteringIT.class, RoundTripStore.class, AppServer.class);
    }

    @Inject
    RoundTripStore store;

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
}
