package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles: listing and changing them, and that a change reaches tokens already issued. */
@ExtendWith(AppServer.class)
class AdminUsersIT {

    static SignedInUser admin() {
        return SignedInUser.signIn(TestConfig.SUPER_ADMIN_EMAIL);
    }

    static Api.Reply setRole(SignedInUser admin, String userId, String role) {
        return admin.api().put("/api/admin/users/" + userId + "/role", "{\"role\":\"" + role + "\"}");
    }

    @Test
    void listedEmailSignsInAsSuperAdmin() {
        assertEquals("super_admin", admin().role());
    }

    @Test
    void devSignInReturnsTokenExpiryAndUser() {
        var reply = Api.anonymous().post("/api/auth/dev", "{\"email\":\"Shape-Check@Example.com\"}");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject json = reply.json();
        assertTrue(json.getString("token").split("\\.").length == 3);
        assertTrue(json.containsKey("expiresAt"));
        assertEquals("shape-check@example.com", json.getJsonObject("user").getString("email"));
        assertEquals("public", json.getJsonObject("user").getString("role"));
    }

    @Test
    void devSignInValidatesTheEmail() {
        var reply = Api.anonymous().post("/api/auth/dev", "{\"email\":\"not an email\"}");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertEquals("email", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void listsUsersFilteredByEmailNewestFirst() {
        String marker = "filter" + UUID.randomUUID().toString().substring(0, 6);
        SignedInUser first = SignedInUser.signIn(marker + "-a@example.com");
        SignedInUser second = SignedInUser.signIn(marker + "-b@example.com");
        var page = admin().api().get("/api/admin/users?email=" + marker.toUpperCase() + "&size=10").json();
        assertEquals(2, page.getInt("total"));
        assertEquals(second.id(), page.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(first.id(), page.getJsonArray("items").getJsonObject(1).getString("id"));
        assertEquals(1, admin().api().get("/api/admin/users?email=" + marker + "&size=1&page=1")
                .json().getJsonArray("items").size());
    }

    @Test
    void rejectsBadPagingWithFieldNames() {
        var reply = admin().api().get("/api/admin/users?size=1000&page=-1");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertTrue(reply.body().contains("\"size\"") && reply.body().contains("\"page\""), reply.body());
        assertProblem(admin().api().get("/api/admin/users?size=abc"), 400, "urn:resume-tailor:problem:validation");
    }

    @Test
    void promotionAndDemotionTakeEffectOnTheNextRequest() {
        SignedInUser user = SignedInUser.create("promoted");
        assertEquals(200, setRole(admin(), user.id(), "friend").status());
        // the old token says "public": refused although it has not expired
        assertProblem(user.api().get("/api/me"), 401, "urn:resume-tailor:problem:stale-token");
        SignedInUser again = SignedInUser.signIn(user.email());
        assertEquals("friend", again.role());
        assertEquals(200, again.api().get("/api/me").status());
    }

    @Test
    void demotedAdminLosesAdminAccessAtOnce() {
        SignedInUser other = SignedInUser.create("second-admin");
        assertEquals(200, setRole(admin(), other.id(), "super_admin").status());
        SignedInUser otherAsAdmin = SignedInUser.signIn(other.email());
        assertEquals(200, otherAsAdmin.api().get("/api/admin/users").status());
        assertEquals(200, setRole(admin(), other.id(), "public").status());
        assertEquals(401, otherAsAdmin.api().get("/api/admin/users").status());
    }

    @Test
    void rejectsUnknownRoleAndUnknownUser() {
        var reply = setRole(admin(), SignedInUser.create("x").id(), "emperor");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertEquals("role", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(setRole(admin(), UUID.randomUUID().toString(), "friend"), 404, "urn:resume-tailor:problem:not-found");
        assertProblem(setRole(admin(), "not-a-uuid", "friend"), 404, "urn:resume-tailor:problem:not-found");
    }

    @Test
    void deletedAccountTokenStopsWorking() throws Exception {
        SignedInUser user = SignedInUser.create("leaving");
        assertEquals(204, user.api().delete("/api/me").status());
        assertProblem(user.api().get("/api/me"), 401, "urn:resume-tailor:problem:stale-token");
        assertEquals(0, SqlRows.rows(AppServer.database(), "SELECT id FROM users WHERE id = '" + user.id() + "'").size());
    }

    @Test
    void meShowsProfileCompletenessAndTodaysUsage() {
        var me = SignedInUser.create("me").api().get("/api/me").json();
        assertEquals(false, me.getBoolean("profileComplete"));
        assertEquals(0, me.getJsonObject("usageToday").getInt("generate"));
        assertEquals(3, me.getJsonObject("usageToday").size());
    }
}
