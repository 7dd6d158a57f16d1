package io.resumetailor.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for black-box tests against {@link AppServer}. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    /** The client every test request goes through, for tests that need the raw response (streams). */
    public static HttpClient client() {
        return CLIENT;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api withToken(String token) {
        return new Api(token);
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Reply method(String method, String path, String contentType, String body) {
        var builder = builder(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** A multipart/form-data POST with one file part and text fields. */
    public Reply multipart(String path, String fileName, byte[] file, java.util.Map<String, String> fields,
                           java.util.Map<String, String> headers) {
        String boundary = "----resume-tailor-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var builder = builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path) {
        var builder = HttpRequest.newBuilder(URI.create(AppServer.baseUri() + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    /** A response with its body parsed on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (" + status() + " " + contentType() + "): " + body(), e);
            }
        }

        public JsonValue at(String pointer) {
            return structure().getValue(pointer);
        }

        @Override
        public String toString() {
            return status() + " " + contentType() + " " + body();
        }
    }
}
