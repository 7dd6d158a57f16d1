package io.resumetailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.problems.entity.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartFormsTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    private static Optional<Problem> check(String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return MultipartForms.check(contentType, bytes, bytes.length);
    }

    private static String part(String name, String filename, String content) {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n"
                + (filename == null ? "" : "Content-Type: application/pdf\r\n") + "\r\n" + content + "\r\n";
    }

    private static String detail(Optional<Problem> problem) {
        assertTrue(problem.isPresent(), "accepted");
        assertEquals(400, problem.get().status());
        return problem.get().detail();
    }

    @Test
    void acceptsAWellFormedForm() {
        assertEquals(Optional.empty(), check(TYPE, part("title", null, "My CV") + part("file", "cv.pdf", "%PDF-1.7\r\n--Xy not the boundary") + "--XyZ--\r\n"));
    }

    @Test
    void acceptsPreambleEpilogueQuotedBoundaryAndTransportPadding() {
        String body = "preamble\r\n--XyZ  \r\nContent-Disposition: form-data; name=file; filename=\"a;b.pdf\"\r\n\r\nx\r\n--XyZ--\r\nepilogue";
        assertEquals(Optional.empty(), check("Multipart/Form-Data; charset=utf-8; boundary=\"XyZ\"", body));
    }

    @Test
    void ignoresOtherMediaTypes() {
        assertEquals(Optional.empty(), check("application/json", "{not multipart"));
        assertEquals(Optional.empty(), check(null, "anything"));
    }

    @Test
    void refusesAFormWithoutBoundary() {
        assertTrue(detail(check("multipart/form-data", "--x\r\n\r\n")).contains("no boundary"));
    }

    @Test
    void refusesABodyThatIsNotMultipart() {
        String detail = detail(check(TYPE, "this is not multipart at all"));
        assertTrue(detail.startsWith("The multipart/form-data body is not well-formed"), detail);
        assertTrue(detail.contains("no part starts with the boundary"), detail);
    }

    @Test
    void refusesATruncatedBody() {
        assertTrue(detail(check(TYPE, part("file", "cv.pdf", "%PDF-1.7 and then the connection"))).contains("closing boundary"));
        assertTrue(detail(check(TYPE, "--XyZ\r\nContent-Disposition: form-data; name=\"file\"")).contains("empty line"));
    }

    @Test
    void refusesAPartWithoutAName() {
        assertTrue(detail(check(TYPE, "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--")).contains("with a name"));
        assertTrue(detail(check(TYPE, "--XyZ\r\nContent-Disposition: attachment; name=\"file\"\r\n\r\nx\r\n--XyZ--"))
                .contains("with a name"));
        assertTrue(detail(check(TYPE, "--XyZ\r\nContent-Disposition: form-data; filename=\"a.pdf\"\r\n\r\nx\r\n--XyZ--"))
                .contains("with a name"));
    }

    @Test
    void refusesGarbageAfterABoundaryLine() {
        assertTrue(detail(check(TYPE, "--XyZgarbage\r\n\r\nx\r\n--XyZ--")).contains("line break"));
    }

    @Test
    void namesAFieldSentTwice() {
        var problem = check(TYPE, part("file", "a.pdf", "one") + part("title", null, "t") + part("file", "b.pdf", "two")
                + "--XyZ--\r\n");
        assertTrue(problem.isPresent());
        assertEquals("urn:resume-tailor:problem:validation", problem.get().type());
        assertEquals(List.of(new Problem.FieldError("file", "must be sent once (the form has it 2 times)")), problem.get().errors());
    }

    @Test
    void readsOnlyTheGivenLength() {
        byte[] bytes = (part("file", "a.pdf", "x") + "--XyZ--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[bytes.length + 100];
        System.arraycopy(bytes, 0, buffer, 0, bytes.length);
        assertEquals(Optional.empty(), MultipartForms.check(TYPE, buffer, bytes.length));
        assertTrue(MultipartForms.check(TYPE, buffer, bytes.length - 9).isPresent());
    }
}
