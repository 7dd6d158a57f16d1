package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class SettingsAndUsageIT {

    static SignedInUser admin() {
        return AdminUsersIT.admin();
    }

    static JsonObject setting(SignedInUser admin, String key) {
        return admin.api().get("/api/admin/settings").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void listsTheSeedSettingsWithTheirValues() {
        var reply = admin().api().get("/api/admin/settings");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("\"openai\"", setting(admin(), "platform_provider").get("value").toString());
        assertTrue(reply.body().contains("\"key\":\"byok_enabled\""), reply.body());
        assertTrue(reply.body().contains("\"key\":\"global_budget_cap\""), reply.body());
    }

    @Test
    void anUpdateIsSeenByTheNextRequest() {
        SignedInUser admin = admin();
        try {
            var changed = admin.api().put("/api/admin/settings/platform_provider", "{\"value\":\"gemini_flash\"}");
            assertEquals(200, changed.status(), changed.toString());
            assertEquals("\"gemini_flash\"", setting(admin, "platform_provider").get("value").toString());
            assertEquals(200, admin.api().put("/api/admin/settings/global_budget_cap", "{\"value\":250.5}").status());
            assertEquals("250.5", setting(admin, "global_budget_cap").get("value").toString());
        } finally {
            admin.api().put("/api/admin/settings/platform_provider", "{\"value\":\"openai\"}");
            admin.api().put("/api/admin/settings/global_budget_cap", "{\"value\":100}");
        }
    }

    @Test
    void refusesValuesOfTheWrongTypeOrRange() {
        SignedInUser admin = admin();
        for (String[] bad : List.of(new String[]{"platform_llm_enabled", "\"true\""}, new String[]{"byok_enabled", "1"},
                new String[]{"platform_provider", "\"anthropic\""}, new String[]{"global_budget_cap", "0"},
                new String[]{"global_budget_cap", "-10"}, new String[]{"global_budget_used", "-1"},
                new String[]{"global_budget_used", "null"}, new String[]{"global_budget_cap", "1e200000"},
                new String[]{"global_budget_used", "1e200000"})) {
            var reply = admin.api().put("/api/admin/settings/" + bad[0], "{\"value\":" + bad[1] + "}");
            assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
            assertEquals("value", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), bad[0]);
        }
        assertEquals("true", setting(admin, "platform_llm_enabled").get("value").toString());
        assertProblem(admin.api().put("/api/admin/settings/no_such_key", "{\"value\":1}"), 404, "urn:resume-tailor:problem:not-found");
        assertProblem(admin.api().put("/api/admin/settings/global_budget_period", "{\"value\":\"1999-01\"}"), 404,
                "urn:resume-tailor:problem:not-found");
    }

    @Test
    void settingsAreForSuperAdminsOnly() {
        SignedInUser user = SignedInUser.create("nosy");
        assertProblem(user.api().get("/api/admin/settings"), 403, "urn:resume-tailor:problem:forbidden");
        assertProblem(user.api().put("/api/admin/settings/byok_enabled", "{\"value\":false}"), 403,
                "urn:resume-tailor:problem:forbidden");
        assertProblem(user.api().get("/api/admin/usage"), 403, "urn:resume-tailor:problem:forbidden");
    }

    @Test
    void myUsageShowsUsedAndLeftPerOperation() throws Exception {
        SignedInUser user = SignedInUser.create("usage");
        try (var connection = AppServer.database().getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO usage_logs (user_id, operation, provider_type, tokens_used, cost, created_at) VALUES"
                    + " ('" + user.id() + "', 'generate', 'platform', 100, 0.001, now() AT TIME ZONE 'UTC'),"
                    + " ('" + user.id() + "', 'generate', 'platform', 100, 0.001, now() AT TIME ZONE 'UTC'),"
                    + " ('" + user.id() + "', 'generate', 'platform', 100, 0.001, (now() AT TIME ZONE 'UTC') - interval '2 days')");
        }
        var reply = user.api().get("/api/usage");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject generate = reply.json().getJsonArray("quotas").stream().map(v -> v.asJsonObject())
                .filter(q -> q.getString("operation").equals("generate") && q.getString("providerType").equals("platform"))
                .findFirst().orElseThrow();
        assertEquals(2, generate.getInt("used"));
        assertEquals(5, generate.getInt("limit"));
        assertEquals(3, generate.getInt("left"));
        assertEquals("public", reply.json().getString("role"));
        assertEquals(2, user.api().get("/api/me").json().getJsonObject("usageToday").getInt("generate"));
    }

    @Test
    void adminReportAggregatesPerDayOperationAndProviderType() throws Exception {
        SignedInUser user = SignedInUser.create("report");
        try (var connection = AppServer.database().getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO usage_logs (user_id, operation, provider_type, tokens_used, cost, created_at) VALUES"
                    + " ('" + user.id() + "', 'parse', 'byok', 700, 0.25, '2020-02-29 10:00:00'),"
                    + " ('" + user.id() + "', 'parse', 'byok', 300, 0.50, '2020-02-29 23:59:59'),"
                    + " ('" + user.id() + "', 'export', 'platform', 0, 0, '2020-02-29 12:00:00'),"
                    + " ('" + user.id() + "', 'parse', 'byok', 1, 1, '2020-03-01 00:00:00')");
        }
        var reply = admin().api().get("/api/admin/usage?from=2020-02-29&to=2020-02-29");
        assertEquals(200, reply.status(), reply.toString());
        var rows = reply.json().getJsonArray("rows");
        assertEquals(2, rows.size(), reply.body());
        JsonObject parse = rows.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("operation").equals("parse"))
                .findFirst().orElseThrow();
        assertEquals("2020-02-29", parse.getString("day"));
        assertEquals("byok", parse.getString("providerType"));
        assertEquals(2, parse.getInt("count"));
        assertEquals(1000, parse.getInt("tokens"));
        assertEquals(0, new java.math.BigDecimal("0.75").compareTo(parse.getJsonNumber("cost").bigDecimalValue()));
        assertTrue(reply.json().containsKey("budgetCap") && reply.json().containsKey("budgetUsed"));
    }

    @Test
    void reportRejectsBadDates() {
        assertProblem(admin().api().get("/api/admin/usage?from=yesterday"), 400, "urn:resume-tailor:problem:validation");
        assertProblem(admin().api().get("/api/admin/usage?from=2024-05-02&to=2024-05-01"), 400, "urn:resume-tailor:problem:validation");
        assertProblem(admin().api().get("/api/admin/usage?from=2020-01-01&to=2024-01-01"), 400, "urn:resume-tailor:problem:validation");
    }

    @Test
    void reportDatesOutsideTheCalendarAreA400() {
        SignedInUser admin = admin();
        for (String[] bad : List.of(new String[]{"to", "+999999999-12-31"}, new String[]{"from", "-999999999-01-01"},
                new String[]{"to", "0000-01-01"}, new String[]{"to", "2026-13-01"})) {
            var reply = admin.api().get("/api/admin/usage?" + bad[0] + "=" + bad[1].replace("+", "%2B"));
            assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
            assertEquals(bad[0], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), bad[1]);
        }
    }
}
