package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error contract every black-box test checks: a problem document, never HTML or a stack trace. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static void assertProblem(Api.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        var json = reply.json();
        assertEquals(type, json.getString("type"), reply.toString());
        assertEquals(status, json.getInt("status"));
        assertNotNull(json.getString("title"));
        assertFalse(reply.body().contains("Exception"), "leaks an exception: " + reply.body());
        assertFalse(reply.body().contains("<html"), "HTML: " + reply.body());
    }

    /** The same contract for an answer read off a plain socket. */
    static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"), answer.toString());
        assertTrue(answer.body().contains("\"type\":\"" + type + "\""), answer.toString());
        assertTrue(answer.body().contains("\"status\":" + status), answer.toString());
        assertFalse(answer.body().contains("Exception"), "leaks an exception: " + answer.body());
        assertFalse(answer.body().contains("<html"), "HTML: " + answer.body());
    }
}
