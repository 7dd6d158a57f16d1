package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Errors the container used to answer itself, with an HTML page, a 500 or an empty body:
 * now problem documents, except where Grizzly answers before any application code runs
 * (the last three tests pin down exactly those cases; see README, Errors).
 */
@ExtendWith(AppServer.class)
class ContainerErrorsIT {

    private static final String BOUNDARY = "edge-boundary";

    @Test
    void bodyDeclaredLargerThanTheLimitIs413WithoutBeingRead() {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        var answer = RawHttp.exchange(RawHttp.head("POST", "/api/auth/dev",
                Map.of("Content-Type", "application/json", "Content-Length", Integer.toString(body.length))), body);
        assertProblem(answer, 413, "urn:resume-tailor:problem:payload-too-large");
        assertEquals("close", answer.header("Connection"));
    }

    @Test
    void chunkedMultipartOverTheLimitIs413() {
        String token = SignedInUser.create("chunked").token();
        byte[] part = multipart(new byte[11 * 1024 * 1024], "file", "cv.pdf");
        var chunked = new ByteArrayOutputStream();
        for (int offset = 0; offset < part.length; offset += 65536) {
            int size = Math.min(65536, part.length - offset);
            chunked.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(part, offset, size);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        var answer = RawHttp.exchange(RawHttp.head("POST", "/api/resumes", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "multipart/form-data; boundary=" + BOUNDARY, "Transfer-Encoding", "chunked")), chunked.toByteArray());
        assertProblem(answer, 413, "urn:resume-tailor:problem:payload-too-large");
    }

    @Test
    void malformedMultipartIs400AboutTheMultipartBody() {
        var api = SignedInUser.create("multipart").api();
        var reply = api.method("POST", "/api/resumes", "multipart/form-data; boundary=" + BOUNDARY, "this is not a form");
        assertProblem(reply, 400, "urn:resume-tailor:problem:malformed-body");
        assertTrue(reply.json().getString("detail").contains("multipart/form-data body"), reply.toString());
        assertFalse(reply.body().contains("JSON"), reply.toString());
        var truncated = api.method("POST", "/api/resumes", "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n\r\n%PDF-1.7");
        assertProblem(truncated, 400, "urn:resume-tailor:problem:malformed-body");
        assertTrue(truncated.json().getString("detail").contains("closing boundary"), truncated.toString());
    }

    @Test
    void twoFilePartsAre400NamingFile() {
        var body = new ByteArrayOutputStream();
        body.writeBytes(part("file", "a.pdf", "%PDF-1.7 one".getBytes(StandardCharsets.US_ASCII)));
        body.writeBytes(part("file", "b.pdf", "%PDF-1.7 two".getBytes(StandardCharsets.US_ASCII)));
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var api = SignedInUser.create("twofiles").api();
        var reply = api.send(api.builder("/api/resumes?engine=builtin")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        assertEquals("file", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.toString());
    }

    @Test
    void traceIs405ProblemAndEchoesNothing() {
        for (String path : new String[]{"/api/vacancies", "/", "/health/ready"}) {
            var answer = RawHttp.exchange(RawHttp.head("TRACE", path, Map.of("X-Secret", "do-not-echo-me")), new byte[0]);
            assertProblem(answer, 405, "urn:resume-tailor:problem:method-not-allowed");
            assertFalse(answer.body().contains("do-not-echo-me"), answer.toString());
            assertTrue(answer.header("Allow") != null && !answer.header("Allow").contains("TRACE"), answer.toString());
        }
    }

    @Test
    void headersOver8KbAre431Problem() {
        var answer = RawHttp.exchange(RawHttp.head("GET", "/api/me", Map.of("X-Large", "a".repeat(9000))), new byte[0]);
        assertProblem(answer, 431, "urn:resume-tailor:problem:header-fields-too-large");
    }

    @Test
    void requestTargetOver8KbIs414Problem() {
        var answer = RawHttp.exchange(RawHttp.head("GET", "/api/vacancies?q=" + "a".repeat(9000), Map.of()), new byte[0]);
        assertProblem(answer, 414, "urn:resume-tailor:problem:uri-too-long");
    }

    /** Grizzly's header buffer (32 KB, server-config) ends what the application can see: Grizzly answers alone. */
    @Test
    void headersBeyondGrizzlysBufferGetGrizzlysBare400() {
        var answer = RawHttp.exchange(RawHttp.head("GET", "/api/me", Map.of("X-Large", "a".repeat(40_000))), new byte[0]);
        assertBareGrizzly400(answer);
    }

    /** Grizzly's request parser refuses a header byte outside ASCII before any servlet or filter runs. */
    @Test
    void nonAsciiHeaderByteGetsGrizzlysBare400() {
        byte[] head = "GET /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Name: Zo\u00eb\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertBareGrizzly400(RawHttp.exchange(head, new byte[0]));
    }

    /** Catalina's URI normalisation refuses a dot segment above the root before the filter chain is built. */
    @Test
    void dotSegmentAboveTheRootGetsTheContainersBare400() {
        assertBareGrizzly400(RawHttp.exchange(RawHttp.head("GET", "/%2e%2e/%2e%2e/etc/passwd", Map.of()), new byte[0]));
    }

    private static void assertBareGrizzly400(RawHttp.Answer answer) {
        assertEquals(400, answer.status(), answer.toString());
        assertNull(answer.header("Content-Type"), answer.toString());
        assertEquals("", answer.body(), answer.toString());
    }

    private static byte[] multipart(byte[] file, String name, String fileName) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(part(name, fileName, file));
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static byte[] part(String name, String fileName, byte[] content) {
        var part = new ByteArrayOutputStream();
        part.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        part.writeBytes(content);
        part.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return part.toByteArray();
    }
}
