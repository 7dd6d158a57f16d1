package io.resumetailor.bench;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat completions endpoint on loopback for {@code bench/parse-accuracy.sh
 * --model}: it keeps the text the service sends for each import ({@code NNN.txt}, in arrival
 * order) and answers, shaped like OpenAI's response, a minimal valid resume. It stands in for a
 * model to show what text the model path gets, not what a model makes of it.
 * {@code java ... FakeModelServer PORT DIR}
 */
public final class FakeModelServer {

    private FakeModelServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        AtomicInteger count = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonObject request = Json.createReader(new StringReader(body)).readObject();
            var messages = request.getJsonArray("messages");
            String text = messages.getJsonObject(messages.size() - 1).getString("content", "");
            Files.writeString(dir.resolve(String.format("%03d.txt", count.incrementAndGet())), text);
            String content = """
                    {"personalInfo":{"fullName":"Fake Model","email":"fake.model@example.com","phone":null,"location":null,
                     "linkedin":null,"website":null},"summary":null,"experience":[],"education":[],"skills":[],
                     "certifications":null,"languages":null}""";
            String answer = Json.createObjectBuilder().add("id", "chatcmpl-fake").add("object", "chat.completion")
                    .add("created", 1764100000).add("model", "gpt-4o-mini")
                    .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                            .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                            .add("finish_reason", "stop")))
                    .add("usage", Json.createObjectBuilder().add("prompt_tokens", text.length() / 4).add("completion_tokens", 100)
                            .add("total_tokens", text.length() / 4 + 100))
                    .build().toString();
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        System.out.println("fake model on http://127.0.0.1:" + port + "/v1, texts in " + dir);
    }
}
