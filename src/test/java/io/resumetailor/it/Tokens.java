package io.resumetailor.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.resumetailor.devserver.PemKeys;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Mints service tokens the way the service does, and the forgeries the tests throw at it. */
final class Tokens {

    private Tokens() {
    }

    /** A valid token's claims for the user. */
    static JWTClaimsSet.Builder claims(String userId, String email, String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TestConfig.ISSUER)
                .audience(TestConfig.AUDIENCE)
                .subject(userId)
                .claim("upn", email)
                .claim("groups", List.of(role))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
    }

    static String sign(JWTClaimsSet claims) {
        try {
            return rs256(claims, PemKeys.readPrivate(TestConfig.keys()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String signWithOtherKey(JWTClaimsSet claims) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return rs256(claims, generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic algorithm confusion: HS256 with the server's public key bytes as the secret. */
    static String hs256WithPublicKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(PemKeys.publicPemBytes(TestConfig.keys())));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** A valid token whose payload was swapped for another after signing. */
    static String withPayloadReplaced(String token, JWTClaimsSet otherClaims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64URL.encode(otherClaims.toString()) + "." + parts[2];
    }

    private static String rs256(JWTClaimsSet claims, PrivateKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
