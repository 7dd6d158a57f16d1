package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.Json;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Google ID tokens against a local JWKS: each bad token is a 401 and writes nothing to users. */
@ExtendWith(AppServer.class)
class GoogleSignInIT {

    static final String INVALID = "urn:resume-tailor:problem:invalid-id-token";
    final FakeGoogle google = FakeGoogle.instance();

    static String newSubject() {
        return "g-" + UUID.randomUUID();
    }

    static Api.Reply signIn(String idToken) {
        return Api.anonymous().post("/api/auth/google",
                Json.createObjectBuilder().add("idToken", idToken).build().toString());
    }

    static long usersWithGoogleId(String subject) throws Exception {
        return SqlRows.rows(AppServer.database(), "SELECT id FROM users WHERE google_id = '" + subject + "'").size();
    }

    void assertRejected(String subject, String idToken) throws Exception {
        assertProblem(signIn(idToken), 401, INVALID);
        assertEquals(0, usersWithGoogleId(subject));
    }

    @Test
    void validTokenCreatesThePublicUserAndReturnsAServiceToken() throws Exception {
        String subject = newSubject();
        var reply = signIn(google.sign(FakeGoogle.claims(subject, subject + "@gmail.com").build()));
        assertEquals(200, reply.status(), reply.toString());
        var json = reply.json();
        assertEquals("public", json.getJsonObject("user").getString("role"));
        assertEquals(subject + "@gmail.com", json.getJsonObject("user").getString("email"));
        assertTrue(Instant.parse(json.getString("expiresAt")).isAfter(Instant.now().plusSeconds(3000)));
        assertEquals(1, usersWithGoogleId(subject));
        assertEquals(200, Api.withToken(json.getString("token")).get("/api/me").status());
    }

    @Test
    void secondSignInKeepsTheUserAndUpdatesTheEmail() throws Exception {
        String subject = newSubject();
        String first = signIn(google.sign(FakeGoogle.claims(subject, "old-" + subject + "@gmail.com").build()))
                .json().getJsonObject("user").getString("id");
        var second = signIn(google.sign(FakeGoogle.claims(subject, "new-" + subject + "@gmail.com").build())).json();
        assertEquals(first, second.getJsonObject("user").getString("id"));
        assertEquals("new-" + subject + "@gmail.com", second.getJsonObject("user").getString("email"));
        assertEquals(1, usersWithGoogleId(subject));
    }

    @Test
    void acceptsIssuerWithoutSchemeAndAnyConfiguredClientId() throws Exception {
        String subject = newSubject();
        var reply = signIn(google.sign(FakeGoogle.claims(subject, subject + "@gmail.com")
                .issuer("accounts.google.com").audience("another-client.apps.googleusercontent.com").build()));
        assertEquals(200, reply.status(), reply.toString());
    }

    @Test
    void listedEmailBecomesSuperAdmin() {
        var reply = signIn(google.sign(FakeGoogle.claims(newSubject(), "second-root@example.com").build()));
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("super_admin", reply.json().getJsonObject("user").getString("role"));
    }

    @Test
    void rejectsWrongAudience() throws Exception {
        String subject = newSubject();
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, subject + "@gmail.com")
                .audience("someone-elses-client.apps.googleusercontent.com").build()));
    }

    @Test
    void rejectsUnverifiedEmail() throws Exception {
        String subject = newSubject();
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, subject + "@gmail.com")
                .claim("email_verified", false).build()));
    }

    @Test
    void rejectsExpiredToken() throws Exception {
        String subject = newSubject();
        Instant past = Instant.now().minusSeconds(7200);
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, subject + "@gmail.com")
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(3600))).build()));
    }

    @Test
    void rejectsUnknownKeyId() throws Exception {
        String subject = newSubject();
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        assertRejected(subject, FakeGoogle.sign(FakeGoogle.claims(subject, subject + "@gmail.com").build(),
                stranger, "kid-" + UUID.randomUUID()));
    }

    @Test
    void rejectsWrongIssuer() throws Exception {
        String subject = newSubject();
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, subject + "@gmail.com")
                .issuer("https://accounts.evil.example.com").build()));
    }

    @Test
    void rejectsSignatureByAKeyNotInTheJwksUnderAKnownKid() throws Exception {
        String subject = newSubject();
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        assertRejected(subject, FakeGoogle.sign(FakeGoogle.claims(subject, subject + "@gmail.com").build(),
                stranger, google.keyId()));
    }

    @Test
    void rejectsGarbageAndMissingToken() {
        assertProblem(signIn("garbage"), 401, INVALID);
        assertProblem(Api.anonymous().post("/api/auth/google", "{}"), 400, "urn:resume-tailor:problem:validation");
    }

    @Test
    void floodOfUnknownKeyIdsDoesNotHammerTheJwksEndpoint() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        int before = google.jwksRequests();
        for (int i = 0; i < 25; i++) {
            JWTClaimsSet claims = FakeGoogle.claims(newSubject(), "flood@gmail.com").build();
            assertEquals(401, signIn(FakeGoogle.sign(claims, stranger, "bogus-" + i)).status());
        }
        int fetches = google.jwksRequests() - before;
        assertTrue(fetches <= 2, "25 unknown kids caused " + fetches + " JWKS fetches");
    }

    @Test
    void googleSubjectNeverAppearsInResponses() {
        String subject = newSubject();
        var reply = signIn(google.sign(FakeGoogle.claims(subject, subject + "@gmail.com").build()));
        assertEquals(List.of(), reply.body().contains(subject + "\"") && reply.body().contains("googleId")
                ? List.of("googleId leaked") : List.of());
    }

    @Test
    void emailsAreOneAccountWhateverTheirCase() throws Exception {
        String subject = newSubject();
        var first = signIn(google.sign(FakeGoogle.claims(subject, "Mixed." + subject + "@Example.COM").build()));
        assertEquals(200, first.status(), first.toString());
        assertEquals(("mixed." + subject + "@example.com").toLowerCase(), first.json().getJsonObject("user").getString("email"));
        String other = newSubject();
        assertProblem(signIn(google.sign(FakeGoogle.claims(other, "MIXED." + subject.toUpperCase() + "@EXAMPLE.COM").build())),
                409, "urn:resume-tailor:problem:email-taken");
        assertEquals(0, usersWithGoogleId(other));
    }

    @Test
    void aSuperAdminEmailInCapitalsDoesNotMakeASecondSuperAdmin() throws Exception {
        SignedInUser.signIn(TestConfig.SUPER_ADMIN_EMAIL);
        String subject = newSubject();
        assertProblem(signIn(google.sign(FakeGoogle.claims(subject, TestConfig.SUPER_ADMIN_EMAIL.toUpperCase()).build())),
                409, "urn:resume-tailor:problem:email-taken");
        assertEquals(List.of("1"), SqlRows.rows(AppServer.database(),
                "SELECT count(*) FROM users WHERE lower(email) = '" + TestConfig.SUPER_ADMIN_EMAIL + "'"));
    }

    @Test
    void rejectsMalformedOrOversizedEmailAndSubject() throws Exception {
        String subject = newSubject();
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, "not an email").build()));
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, "a".repeat(250) + "@gmail.com").build()));
        String longSubject = "g-" + "9".repeat(300);
        assertRejected(longSubject, google.sign(FakeGoogle.claims(longSubject, "long-subject@gmail.com").build()));
    }

    @Test
    void rejectsATokenIssuedInTheFuture() throws Exception {
        String subject = newSubject();
        Instant future = Instant.now().plusSeconds(3600);
        assertRejected(subject, google.sign(FakeGoogle.claims(subject, subject + "@gmail.com")
                .issueTime(Date.from(future)).expirationTime(Date.from(future.plusSeconds(3600))).build()));
    }

    @Test
    void devSignInNormalisesAndValidatesTheEmail() {
        String local = "Dev-" + UUID.randomUUID().toString().substring(0, 8);
        var reply = Api.anonymous().post("/api/auth/dev", "{\"email\":\"" + local + "@Example.com\"}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(local.toLowerCase() + "@example.com", reply.json().getJsonObject("user").getString("email"));
        assertProblem(Api.anonymous().post("/api/auth/dev", "{\"email\":\"x@" + "d".repeat(300) + ".com\"}"), 400,
                "urn:resume-tailor:problem:validation");
    }
}
