package io.resumetailor.resumes.control;

import java.util.List;

/**
 * A document's text in reading order, one entry per paragraph or line; list items start
 * with {@value #BULLET}. {@code links} are the hyperlink targets found in the document,
 * which the visible text often does not show.
 */
public record ExtractedText(List<String> lines, List<String> links) {

    public static final String BULLET = "• ";

    public String text() {
        return String.join("\n", lines);
    }

    public boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }
}
