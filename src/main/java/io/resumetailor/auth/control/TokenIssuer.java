package io.resumetailor.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.resumetailor.auth.entity.IssuedToken;
import io.resumetailor.platform.control.ConfigLists;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mints the service's own token for a signed-in user: RS256, {@code sub} = user id,
 * {@code upn} = email, {@code groups} = [role]. The container verifies it with the
 * matching public key ({@code mp.jwt.verify.publickey.location}), issuer and audience.
 */
@ApplicationScoped
public class TokenIssuer {

    private static final Logger LOG = Logger.getLogger(TokenIssuer.class.getName());

    @Inject
    @ConfigProperty(name = "auth.token.signing-key.location")
    Optional<String> keyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    @Inject
    @ConfigProperty(name = "auth.token.lifetime-seconds", defaultValue = "3600")
    long lifetimeSeconds;

    private volatile SigningKey key;

    @PostConstruct
    void load() {
        keyLocation.ifPresentOrElse(location -> {
            key = SigningKey.fromPem(Path.of(location));
            LOG.info(() -> "token signing key " + key.keyId() + " loaded");
        }, () -> LOG.warning("auth.token.signing-key.location is not set: sign-in is unavailable"));
    }

    public IssuedToken issue(User user) {
        SigningKey signingKey = key;
        if (signingKey == null) {
            throw new ProblemException(Problem.of("sign-in-unavailable", "Sign-in unavailable", 503,
                    "The server has no token signing key configured."));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plusSeconds(lifetimeSeconds);
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.getId().toString())
                .claim("upn", user.getEmail())
                .claim("groups", List.of(user.getRole().label()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        List<String> audience = ConfigLists.split(audiences);
        if (!audience.isEmpty()) {
            claims.audience(audience);
        }
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(signingKey.keyId()).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims.build());
            jwt.sign(new RSASSASigner(signingKey.jwk()));
            return new IssuedToken(jwt.serialize(), expiresAt);
        } catch (JOSEException e) {
            throw new IllegalStateException("token signing failed", e);
        }
    }
}
