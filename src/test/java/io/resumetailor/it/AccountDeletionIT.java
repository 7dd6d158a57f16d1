package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting an account deletes the person's data, not the accounting: a new account with
 * the same email starts the day where the old one left it, and the calls stay in the
 * operators' usage report (issue 13, item 4).
 */
@ExtendWith(AppServer.class)
class AccountDeletionIT {

    @Test
    void deletingTheAccountDoesNotResetTheDailyLimit() throws Exception {
        SignedInUser first = SignedInUser.create("again");
        String resume = ResumesIT.createId(first);
        int limit = 30;
        for (int i = 0; i < limit; i++) {
            assertEquals(200, first.api().get("/api/resumes/" + resume + "/export?format=json").status());
        }
        var refused = first.api().get("/api/resumes/" + resume + "/export?format=json");
        assertProblem(refused, 429, "urn:resume-tailor:problem:quota-exceeded");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 86_400, "Retry-After: seconds until UTC midnight, was " + retryAfter);
        assertEquals(204, first.api().delete("/api/me").status());

        SignedInUser second = SignedInUser.signIn(first.email().toUpperCase());
        assertTrue(!second.id().equals(first.id()));
        String again = ResumesIT.createId(second);
        assertProblem(second.api().get("/api/resumes/" + again + "/export?format=json"), 429,
                "urn:resume-tailor:problem:quota-exceeded");
        var quotas = second.api().get("/api/usage").json().getJsonArray("quotas").getValuesAs(JsonObject.class);
        assertTrue(quotas.stream().anyMatch(q -> q.getString("operation").equals("export")
                && q.getString("providerType").equals("platform") && q.getJsonNumber("used").longValue() == 30
                && q.getInt("left") == 0), quotas.toString());
        assertEquals(30L, second.api().get("/api/me").json().getJsonObject("usageToday").getJsonNumber("export").longValue());
    }

    @Test
    void theCallsOfADeletedAccountStayInTheUsageReportWithoutTheEmail() throws Exception {
        var admin = SignedInUser.signIn(TestConfig.SUPER_ADMIN_EMAIL);
        SignedInUser user = SignedInUser.create("gone");
        String resume = ResumesIT.createId(user);
        assertEquals(200, user.api().get("/api/resumes/" + resume + "/export?format=json").status());
        long before = exportsToday(admin);
        assertEquals(204, user.api().delete("/api/me").status());
        assertEquals(before, exportsToday(admin), "the report still counts the deleted account's call");
        assertEquals(List.of("0"), SqlRows.rows(AppServer.database(),
                "SELECT count(*) FROM usage_logs WHERE user_id = '" + user.id() + "'"));
        assertEquals(List.of("1"), SqlRows.rows(AppServer.database(), "SELECT count(*) FROM usage_archive"
                + " WHERE identity_hash = encode(sha256(convert_to('" + user.email() + "', 'UTF8')), 'hex')"));
        assertEquals(List.of("0"), SqlRows.rows(AppServer.database(), "SELECT count(*) FROM usage_archive a"
                + " WHERE a::text LIKE '%" + user.email() + "%' OR a::text LIKE '%" + user.id() + "%'"));
    }

    static long exportsToday(SignedInUser admin) {
        var rows = admin.api().get("/api/admin/usage").json().getJsonArray("rows");
        long count = 0;
        for (var row : rows.getValuesAs(JsonObject.class)) {
            if (row.getString("operation").equals("export") && row.getString("day").equals(LocalDate.now(ZoneOffset.UTC).toString())) {
                count += row.getJsonNumber("count").longValue();
            }
        }
        return count;
    }
}
