package io.resumetailor.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body with one file part, for the benchmark drivers. */
record Multipart(byte[] body, String contentType) {

    static Multipart of(byte[] file, String fileName) {
        String boundary = "----bench-" + UUID.randomUUID();
        return new Multipart(build(file, fileName, boundary), "multipart/form-data; boundary=" + boundary);
    }

    static byte[] build(byte[] file, String fileName, String boundary) {
        try (var out = new ByteArrayOutputStream()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
