package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class LlmKeysIT {

    @Test
    void storesOneHintPerProviderAndReplacesOnRepeat() throws Exception {
        SignedInUser user = SignedInUser.create("keys");
        assertEquals("x9Zq", user.api().put("/api/llm-keys/openai", "{\"keyHint\":\"x9Zq\"}").json().getString("keyHint"));
        assertEquals(200, user.api().put("/api/llm-keys/openai", "{\"keyHint\":\"7777\"}").status());
        assertEquals(200, user.api().put("/api/llm-keys/gemini", "{\"keyHint\":\"gGgG\"}").status());
        var list = user.api().get("/api/llm-keys").structure().asJsonArray();
        assertEquals(2, list.size());
        assertEquals("7777", list.getJsonObject(0).getString("keyHint"));
        assertEquals(List.of("2"), SqlRows.rows(AppServer.database(),
                "SELECT count(*) FROM llm_keys WHERE user_id = '" + user.id() + "'"));
        assertEquals(204, user.api().delete("/api/llm-keys/gemini").status());
        assertProblem(user.api().delete("/api/llm-keys/gemini"), 404, "urn:resume-tailor:problem:not-found");
    }

    @Test
    void refusesAWholeKeyAndStoresNothing() throws Exception {
        SignedInUser user = SignedInUser.create("keys");
        String key = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        var reply = user.api().put("/api/llm-keys/openai", "{\"keyHint\":\"" + key + "\"}");
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertFalse(reply.body().contains(key));
        assertEquals(List.of("0"), SqlRows.rows(AppServer.database(),
                "SELECT count(*) FROM llm_keys WHERE user_id = '" + user.id() + "'"));
        assertFalse(java.nio.file.Files.readString(AppServer.logFile()).contains(key), "key in the server log");
    }

    @Test
    void unknownProviderIsNotFound() {
        assertProblem(SignedInUser.create("keys").api().put("/api/llm-keys/anthropic", "{\"keyHint\":\"abcd\"}"), 404,
                "urn:resume-tailor:problem:not-found");
    }

    @Test
    void hintsAreOwnedByTheirUser() {
        SignedInUser owner = SignedInUser.create("keys");
        owner.api().put("/api/llm-keys/openai", "{\"keyHint\":\"own1\"}");
        SignedInUser other = SignedInUser.create("keys");
        assertEquals(0, other.api().get("/api/llm-keys").structure().asJsonArray().size());
        assertEquals(404, other.api().delete("/api/llm-keys/openai").status());
        assertEquals(1, owner.api().get("/api/llm-keys").structure().asJsonArray().size());
    }
}
