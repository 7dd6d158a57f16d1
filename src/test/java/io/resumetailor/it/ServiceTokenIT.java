package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service's own token, checked by the container and by TokenFreshness, one attack per test. */
@ExtendWith(AppServer.class)
class ServiceTokenIT {

    static final String UNAUTHORIZED = "urn:resume-tailor:problem:unauthorized";
    static SignedInUser user;

    @BeforeAll
    static void signIn() {
        user = SignedInUser.create("token");
    }

    static JWTClaimsSet.Builder valid() {
        return Tokens.claims(user.id(), user.email(), "public");
    }

    static Api.Reply me(String token) {
        return Api.withToken(token).get("/api/me");
    }

    static final String STALE = "urn:resume-tailor:problem:stale-token";

    /** Refused by the container's token check. */
    static void assertRefused(Api.Reply reply) {
        assertRefused(reply, UNAUTHORIZED);
    }

    static void assertRefused(Api.Reply reply, String type) {
        assertEquals(401, reply.status(), reply.toString());
        assertEquals("Bearer", reply.header("WWW-Authenticate") == null ? null : reply.header("WWW-Authenticate").split(" ")[0]);
        ProblemAssertions.assertProblem(reply, 401, type);
    }

    @Test
    void acceptsTheTokenTheServiceIssued() {
        var reply = user.api().get("/api/me");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(user.email(), reply.json().getJsonObject("user").getString("email"));
    }

    @Test
    void acceptsAWellFormedTokenSignedWithTheServiceKey() {
        assertEquals(200, me(Tokens.sign(valid().build())).status());
    }

    @Test
    void refusesRequestWithoutToken() {
        var reply = Api.anonymous().get("/api/me");
        assertProblem(reply, 401, UNAUTHORIZED);
        assertEquals("Bearer", reply.header("WWW-Authenticate"));
    }

    @Test
    void refusesUnsignedAlgNoneToken() {
        assertRefused(me(Tokens.unsigned(valid().build())));
    }

    @Test
    void refusesHs256SignedWithThePublicKeyBytes() {
        assertRefused(me(Tokens.hs256WithPublicKey(valid().build())));
    }

    @Test
    void refusesTokenSignedByAnotherRsaKey() {
        assertRefused(me(Tokens.signWithOtherKey(valid().build())));
    }

    @Test
    void refusesExpiredToken() {
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused(me(Tokens.sign(valid().issueTime(Date.from(past.minusSeconds(600)))
                .expirationTime(Date.from(past)).build())));
    }

    @Test
    void refusesTokenExpiredJustBeyondTheSkew() {
        Instant expired = Instant.now().minusSeconds(TestConfig.CLOCK_SKEW_SECONDS + 15L);
        assertRefused(me(Tokens.sign(valid().issueTime(Date.from(expired.minusSeconds(600)))
                .expirationTime(Date.from(expired)).build())));
    }

    @Test
    void toleratesExpiryWithinTheSkew() {
        Instant expired = Instant.now().minusSeconds(5);
        assertEquals(200, me(Tokens.sign(valid().issueTime(Date.from(expired.minusSeconds(600)))
                .expirationTime(Date.from(expired)).build())).status());
    }

    @Test
    void refusesTokenIssuedInTheFuture() {
        Instant future = Instant.now().plusSeconds(600);
        assertRefused(me(Tokens.sign(valid().issueTime(Date.from(future))
                .expirationTime(Date.from(future.plusSeconds(600))).build())), STALE);
    }

    @Test
    void refusesTokenNotValidBeforeAFutureTime() {
        assertRefused(me(Tokens.sign(valid().notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build())), STALE);
    }

    @Test
    void refusesWrongIssuer() {
        assertRefused(me(Tokens.sign(valid().issuer("https://evil.example.com").build())));
    }

    @Test
    void refusesWrongAudience() {
        assertRefused(me(Tokens.sign(valid().audience("another-api").build())));
    }

    @Test
    void refusesTokenWithoutGroupsWith403() {
        assertProblem(me(Tokens.sign(valid().claim("groups", null).build())), 403,
                "urn:resume-tailor:problem:forbidden");
    }

    @Test
    void refusesTamperedPayloadWithOriginalSignature() {
        String token = Tokens.sign(valid().build());
        String forged = Tokens.withPayloadReplaced(token, Tokens.claims(user.id(), user.email(), "super_admin").build());
        assertRefused(Api.withToken(forged).get("/api/admin/users"));
        assertRefused(me(forged));
    }

    @Test
    void refusesUserTokenOnAdminEndpointWith403() {
        assertProblem(user.api().get("/api/admin/users"), 403, "urn:resume-tailor:problem:forbidden");
    }

    @Test
    void refusesSelfPromotedGroupsEvenWhenSignedCorrectly() {
        // a genuine signature over a role the user does not have (e.g. a leaked signing key)
        var reply = Api.withToken(Tokens.sign(Tokens.claims(user.id(), user.email(), "super_admin").build()))
                .get("/api/admin/users");
        assertProblem(reply, 401, STALE);
    }

    @Test
    void refusesGarbageToken() {
        assertRefused(me("not.a.jwt"));
        assertRefused(me("a"));
    }

    @Test
    void refusesTokenForUnknownUser() {
        assertProblem(me(Tokens.sign(Tokens.claims(UUID.randomUUID().toString(), "ghost@example.com",
                "public").build())), 401, STALE);
    }
}
