package io.resumetailor.resumes.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON schema of ResumeContent that models answer in (strict structured-output form). */
public final class ResumeSchemas {

    private static final JsonObject RESUME_CONTENT = load("/schemas/resume-content.schema.json");

    private ResumeSchemas() {
    }

    public static JsonObject resumeContent() {
        return RESUME_CONTENT;
    }

    private static JsonObject load(String resource) {
        try (InputStream in = ResumeSchemas.class.getResourceAsStream(resource);
             var reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
