package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        java.nio.file.Files.writeString(io.resumetailor.devserver.EmbeddedStack.projectDir().resolve("target/openapi.yaml"),
                reply.body());
        assertTrue(reply.body().contains("openapi: 3"), reply.body());
        assertTrue(reply.body().contains("Resume tailoring service"), reply.body());
        assertFalse(reply.body().contains("\nendpoints:"), "Payara's non-standard endpoints field is back");
        var refs = java.util.regex.Pattern.compile("\\$ref: \"#/components/schemas/(\\w+)\"").matcher(reply.body());
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
        for (String operation : new String[]{"signInWithGoogle", "getMe", "listVacancies", "putProfile", "putLlmKey",
                "changeUserRole"}) {
            assertTrue(reply.body().contains("operationId: " + operation), operation);
        }
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
