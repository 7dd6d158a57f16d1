package io.resumetailor.platform.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON request body strictly before JSON-B binds it, where JSON-B is lenient or
 * PostgreSQL is not: a text with a NUL or another control character (PostgreSQL refuses
 * {@code \u0000} in text and jsonb, which used to surface as a 500 after the work was
 * done), and a value of the wrong JSON type for its field (an array where a string is
 * expected was bound as its last element: {@code {"role":["friend","super_admin"]}} made a
 * super admin). Both are a 400 naming every field concerned, in the notation of the
 * validation errors. The expected types come from {@link JsonShape}.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(new String(body, StandardCharsets.UTF_8), JsonShape.of(context.getGenericType()));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(String body, JsonShape expected) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            return; // not JSON at all: JSON-B says so with the usual malformed-body problem
        } catch (JsonException e) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        visit(value, expected, "", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
    }

    private static void visit(JsonValue value, JsonShape expected, String path, List<Problem.FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (!expected.accepts(value.getValueType())) {
            errors.add(new Problem.FieldError(field(path), "must be " + expected.description()));
            return;
        }
        switch (value.getValueType()) {
            case STRING -> {
                if (hasControlCharacter(((JsonString) value).getString())) {
                    errors.add(new Problem.FieldError(field(path), "must not contain control characters such as NUL"));
                }
            }
            case OBJECT -> ((JsonObject) value).forEach((name, member) ->
                    visit(member, expected.member(name), path.isEmpty() ? name : path + "." + name, errors));
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    visit(array.get(i), expected.element(), path + "[" + i + "]", errors);
                }
            }
            default -> {
            }
        }
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** C0 controls and DEL, except tab, line feed and carriage return, which text may hold. */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
