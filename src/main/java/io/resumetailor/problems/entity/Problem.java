package io.resumetailor.problems.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem
 * ({@code urn:resume-tailor:problem:not-found}) that clients may switch on.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");
    static final String TYPE_PREFIX = "urn:resume-tailor:problem:";

    /** One invalid field: its path in the request ({@code content.experience[0].startDate}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    private static final Map<Integer, String[]> BY_STATUS = Map.ofEntries(
            Map.entry(400, new String[]{"bad-request", "Bad request"}),
            Map.entry(401, new String[]{"unauthorized", "Authentication required"}),
            Map.entry(403, new String[]{"forbidden", "Forbidden"}),
            Map.entry(404, new String[]{"not-found", "Not found"}),
            Map.entry(405, new String[]{"method-not-allowed", "Method not allowed"}),
            Map.entry(406, new String[]{"not-acceptable", "Not acceptable"}),
            Map.entry(408, new String[]{"request-timeout", "Request timeout"}),
            Map.entry(409, new String[]{"conflict", "Conflict"}),
            Map.entry(412, new String[]{"precondition-failed", "Precondition failed"}),
            Map.entry(413, new String[]{"payload-too-large", "Payload too large"}),
            Map.entry(414, new String[]{"uri-too-long", "URI too long"}),
            Map.entry(415, new String[]{"unsupported-media-type", "Unsupported media type"}),
            Map.entry(422, new String[]{"unprocessable", "Unprocessable content"}),
            Map.entry(428, new String[]{"precondition-required", "Precondition required"}),
            Map.entry(429, new String[]{"too-many-requests", "Too many requests"}),
            Map.entry(431, new String[]{"header-fields-too-large", "Request header fields too large"}),
            Map.entry(500, new String[]{"internal", "Internal server error"}),
            Map.entry(502, new String[]{"bad-gateway", "Bad gateway"}),
            Map.entry(503, new String[]{"unavailable", "Service unavailable"}),
            Map.entry(504, new String[]{"gateway-timeout", "Gateway timeout"}));

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null);
    }

    /** The generic problem for an HTTP status, for errors that carry nothing more specific. */
    public static Problem forStatus(int status, String detail) {
        String[] kind = BY_STATUS.getOrDefault(status,
                status >= 500 ? BY_STATUS.get(500) : BY_STATUS.get(400));
        return new Problem(TYPE_PREFIX + kind[0], kind[1], status, detail, null, null);
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + "validation", "Validation failed", 400,
                "The request has invalid fields.", null, List.copyOf(errors));
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
