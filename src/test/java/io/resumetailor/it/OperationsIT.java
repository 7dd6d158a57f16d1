package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.devserver.EmbeddedStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class OperationsIT {

    private final Api api = Api.anonymous();

    @Test
    void readinessIsUpWithTheDatabase() {
        var reply = api.get("/health/ready");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("UP", reply.json().getString("status"));
        assertTrue(reply.body().contains("database"), reply.body());
    }

    @Test
    void serverConfigHidesProductBanners() {
        var reply = api.get("/health/live");
        assertEquals(null, reply.header("X-Powered-By"), "pre-boot commands not applied");
        assertEquals(null, reply.header("Server"), "pre-boot commands not applied");
    }

    @Test
    void livenessIsUp() {
        var reply = api.get("/health/live");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("UP", reply.json().getString("status"));
    }

    @Test
    void servesOpenApiDocument() throws Exception {
        var reply = api.method("GET", "/openapi", null, null);
        assertEquals(200, reply.status(), reply.toString());
        // kept for linting: npx @redocly/cli@2.77.0 lint target/openapi.yaml
        Files.writeString(EmbeddedStack.projectDir().resolve("target/openapi.yaml"),
                reply.body());
        assertTrue(reply.body().contains("openapi: 3"), reply.body());
        assertTrue(reply.body().contains("Resume tailoring service"), reply.body());
        assertFalse(reply.body().contains("\nendpoints:"), "Payara's non-standard endpoints field is back");
        var refs = Pattern.compile("\\$ref: \"#/components/schemas/(\\w+)\"").matcher(reply.body());
        int count = 0;
        while (refs.find()) {
            count++;
            assertTrue(reply.body().contains("\n    " + refs.group(1) + ":\n"), "unresolved schema " + refs.group(1));
        }
        assertTrue(count > 30, "only " + count + " schema references");
        // record components and their rules are described (Payara's own generator drops them)
        assertTrue(reply.body().contains("    ExperienceEntry:\n      required:\n      - company\n      - position\n      - startDate"),
                "ExperienceEntry schema incomplete");
        assertTrue(reply.body().contains("\"^\\\\d{4}-(0[1-9]|1[0-2])$\""), "month pattern missing");
        for (String operation : declaredOperationIds()) {
            if (!operation.equals("createResume")) { // one POST /api/resumes with two bodies: see below
                assertTrue(reply.body().contains("operationId: " + operation), "operation missing from the document: " + operation);
            }
        }
        String resumesPost = reply.body().substring(reply.body().indexOf("operationId: importResume"));
        resumesPost = resumesPost.substring(0, resumesPost.indexOf("\n    get:") < 0 ? resumesPost.length() : resumesPost.indexOf("\n    get:"));
        assertTrue(resumesPost.contains("multipart/form-data") && resumesPost.contains("$ref: \"#/components/schemas/ResumeRequest\""),
                "POST /api/resumes documents both bodies: " + resumesPost);
        assertTrue(reply.body().contains("$ref: \"#/components/schemas/GenerationRequest\""), "createGeneration's body");
    }

    /** Every operationId the resources declare: the document must show them all. */
    static List<String> declaredOperationIds() throws IOException {
        List<String> ids = new ArrayList<>();
        Pattern declared = Pattern.compile("operationId = \"(\\w+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                Matcher matcher = declared.matcher(Files.readString(file));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        assertTrue(ids.size() > 30, ids.toString());
        return ids;
    }

    @Test
    void servesMetrics() {
        var reply = api.get("/metrics");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.body().contains("jvm_uptime"), "no JVM metrics: " + reply.body().substring(0, Math.min(400, reply.body().length())));
    }

    @Test
    void unknownApiPathIsProblemJson() {
        assertProblem(api.get("/api/no-such-thing"), 404, "urn:resume-tailor:problem:not-found");
    }

    @Test
    void unknownPathOutsideApiIsProblemJson() {
        assertProblem(api.get("/no/such/page.html"), 404, "urn:resume-tailor:problem:not-found");
    }
}
