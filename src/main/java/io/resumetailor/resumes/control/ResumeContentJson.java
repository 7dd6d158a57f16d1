package io.resumetailor.resumes.control;

import io.resumetailor.llm.entity.LlmRetry;
import io.resumetailor.problems.control.ViolationPaths;
import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.stream.Collectors;

/**
 * ResumeContent to and from the JSON models answer in. A model's answer that is not a
 * valid ResumeContent by the seed's rules becomes an {@link LlmRetry} naming what is
 * wrong, so the gateway can ask once more.
 */
@ApplicationScoped
public class ResumeContentJson {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Validator validator;

    public ResumeContent read(JsonObject answer) {
        ResumeContent content;
        try {
            content = JSONB.fromJson(answer.toString(), ResumeContent.class);
        } catch (JsonbException e) {
            throw new LlmRetry("the JSON does not match the schema");
        }
        if (content == null || content.personalInfo() == null) {
            throw new LlmRetry("personalInfo is missing");
        }
        var violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new LlmRetry(violations.stream().map(v -> ViolationPaths.field(v) + " " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return content;
    }

    public static JsonObject toJson(ResumeContent content) {
        try (var reader = Json.createReader(new StringReader(JSONB.toJson(content)))) {
            return reader.readObject();
        }
    }

    public static String toJsonText(ResumeContent content) {
        return JSONB.toJson(content);
    }
}
