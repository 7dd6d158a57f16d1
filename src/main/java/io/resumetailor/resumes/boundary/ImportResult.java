package io.resumetailor.resumes.boundary;

import java.util.List;

/**
 * An imported resume, which engine structured it ({@code openai}, {@code gemini} or
 * {@code builtin}), and for the built-in parser what it was unsure about or left out.
 */
public record ImportResult(ResumeView resume, String engine, List<String> uncertainFields) {
}
