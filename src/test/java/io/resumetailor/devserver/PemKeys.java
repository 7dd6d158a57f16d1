package io.resumetailor.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The token signing key pair of the embedded run and the tests: generated once, kept as
 * PEM files ({@code private.pem} PKCS#8, {@code public.pem} X.509), readable only by the owner.
 */
public final class PemKeys {

    private PemKeys() {
    }

    public static Path privateKey(Path dir) {
        return dir.resolve("private.pem");
    }

    public static Path publicKey(Path dir) {
        return dir.resolve("public.pem");
    }

    public static void ensure(Path dir) throws IOException, GeneralSecurityException {
        if (Files.exists(privateKey(dir)) && Files.exists(publicKey(dir))) {
            return;
        }
        Files.createDirectories(dir);
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        write(privateKey(dir), "PRIVATE KEY", pair.getPrivate().getEncoded());
        write(publicKey(dir), "PUBLIC KEY", pair.getPublic().getEncoded());
    }

    public static RSAPrivateCrtKey readPrivate(Path dir) throws IOException, GeneralSecurityException {
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(privateKey(dir))));
    }

    public static RSAPublicKey readPublic(Path dir) throws IOException, GeneralSecurityException {
        RSAPrivateCrtKey key = readPrivate(dir);
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }

    public static byte[] publicPemBytes(Path dir) throws IOException {
        return Files.readAllBytes(publicKey(dir));
    }

    private static byte[] decode(Path pem) throws IOException {
        return Base64.getDecoder().decode(Files.readString(pem).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", ""));
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
    }
}
