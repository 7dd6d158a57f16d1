package io.resumetailor.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.resumetailor.auth.entity.GoogleIdentity;
import io.resumetailor.platform.control.ConfigLists;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.EmailAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies a Google ID token: RS256 signature by a key from Google's JWKS, issuer
 * {@code accounts.google.com} (with or without scheme), audience one of our client ids,
 * expiry with a small skew, and a verified email.
 *
 * <p>Google's keys are cached; a token with an unknown {@code kid} makes the cache
 * refresh, at most once per {@code auth.google.jwks-min-refresh-seconds}, so a flood of
 * made-up key ids cannot turn into a flood of requests to Google.
 */
@ApplicationScoped
public class GoogleIdTokens {

    static final Set<String> ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");
    private static final Logger LOG = Logger.getLogger(GoogleIdTokens.class.getName());

    @Inject
    @ConfigProperty(name = "auth.google.client-ids")
    Optional<String> clientIds;

    @Inject
    @ConfigProperty(name = "auth.google.jwks-uri", defaultValue = "https://www.googleapis.com/oauth2/v3/certs")
    String jwksUri;

    @Inject
    @ConfigProperty(name = "auth.google.clock-skew-seconds", defaultValue = "60")
    int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "auth.google.jwks-min-refresh-seconds", defaultValue = "30")
    long minRefreshSeconds;

    /** The users table's limit for the Google subject and the email. */
    static final int MAX_LENGTH = 255;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        List<String> audiences = ConfigLists.split(clientIds);
        if (audiences.isEmpty()) {
            LOG.info("auth.google.client-ids is not set: Google sign-in is disabled");
            return;
        }
        try {
            var retriever = new DefaultResourceRetriever(3_000, 5_000, 512 * 1024);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUri).toURL(), retriever)
                    .cache(6 * 60 * 60 * 1000L, 10_000L)
                    .rateLimited(minRefreshSeconds * 1000L)
                    .retrying(true)
                    .refreshAheadCache(false)
                    .outageTolerant(false)
                    .build();
            var jwtProcessor = new DefaultJWTProcessor<>();
            jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            var verifier = new DefaultJWTClaimsVerifier<>(new HashSet<>(audiences), null,
                    Set.of("sub", "iss", "exp", "iat", "email"), null);
            verifier.setMaxClockSkew(clockSkewSeconds);
            jwtProcessor.setJWTClaimsSetVerifier(verifier);
            processor = jwtProcessor;
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("auth.google.jwks-uri is not a URL: " + jwksUri);
        }
    }


    public GoogleIdentity verify(String idToken) {
        if (processor == null) {
            throw new ProblemException(Problem.of("google-sign-in-disabled", "Google sign-in disabled", 404,
                    "Google sign-in is not configured on this server."));
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | RateLimitReachedException e) {
            // an unknown kid while the refresh is rate limited is as unknown as after a refresh
            throw rejected(e.getMessage());
        } catch (JOSEException e) {
            LOG.warning(() -> "Google keys unavailable: " + e.getClass().getSimpleName());
            throw new ProblemException(Problem.of("identity-provider-unavailable", "Identity provider unavailable", 503,
                    "Google's signing keys could not be fetched; try again shortly."));
        }
        if (!ISSUERS.contains(claims.getIssuer())) {
            throw rejected("wrong issuer");
        }
        if (!Boolean.TRUE.equals(emailVerified(claims))) {
            throw rejected("email not verified");
        }
        if (claims.getIssueTime().toInstant().isAfter(Instant.now().plusSeconds(clockSkewSeconds))) {
            throw rejected("issued in the future");
        }
        String subject = claims.getSubject();
        if (subject.isBlank() || subject.length() > MAX_LENGTH) {
            throw rejected("malformed subject");
        }
        try {
            String email = EmailAddresses.normalize(claims.getStringClaim("email"));
            if (email == null) {
                throw rejected("malformed email claim");
            }
            return new GoogleIdentity(subject, email);
        } catch (ParseException e) {
            throw rejected("malformed email claim");
        }
    }

    private static Boolean emailVerified(JWTClaimsSet claims) {
        Object value = claims.getClaim("email_verified");
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value instanceof String text ? Boolean.valueOf(text) : Boolean.FALSE;
    }

    private static ProblemException rejected(String reason) {
        LOG.fine(() -> "Google ID token rejected: " + reason);
        return new ProblemException(Problem.of("invalid-id-token", "Invalid ID token", 401,
                "The Google ID token is not valid for this service."));
    }
}
