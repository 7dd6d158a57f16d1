package io.resumetailor.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key the service signs its tokens with, read from a PKCS#8 PEM file. Its key id
 * is the RFC 7638 thumbprint of the public key. The key material never leaves this object.
 */
public final class SigningKey {

    static final int MIN_BITS = 2048;

    private final RSAKey jwk;

    private SigningKey(RSAKey jwk) {
        this.jwk = jwk;
    }

    public static SigningKey fromPem(Path location) {
        try {
            String pem = Files.readString(location);
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            var factory = KeyFactory.getInstance("RSA");
            var key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (key.getModulus().bitLength() < MIN_BITS) {
                throw new IllegalStateException("the token signing key must have at least " + MIN_BITS + " bits");
            }
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            RSAKey jwk = new RSAKey.Builder(publicKey).privateKey(key).keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint().build();
            return new SigningKey(jwk);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("cannot read the token signing key (PKCS#8 RSA PEM expected) at " + location
                    + ": " + e.getClass().getSimpleName());
        }
    }

    RSAKey jwk() {
        return jwk;
    }

    public String keyId() {
        return jwk.getKeyID();
    }


    @Override
    public String toString() {
        return "SigningKey[" + keyId() + "]";
    }
}
