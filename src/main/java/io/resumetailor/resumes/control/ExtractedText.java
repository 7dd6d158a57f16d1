package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's lines in reading order (columns one after the other) and the targets of
 * all its hyperlinks, which the visible text often does not show (an email behind
 * "Email", a phone behind an icon). The model gets {@link #text()}; the built-in parser
 * reads the lines with their layout.
 */
public record ExtractedText(List<TextLine> lines, List<String> links) {

    public static final String BULLET = "• ";

    public ExtractedText {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
    }

    /** Plain text: list items marked, table cells and right-aligned pieces kept apart. */
    public String text() {
        List<String> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(line.bullet() ? BULLET + line.text() : line.text());
        }
        return String.join("\n", out);
    }

    public boolean isBlank() {
        return lines.stream().allMatch(line -> line.text().isBlank());
    }

    /** The font size most of the text is set in (0 when the document gives none). */
    public float bodySize() {
        float[] sizes = new float[lines.size()];
        int[] weights = new int[lines.size()];
        int n = 0;
        for (TextLine line : lines) {
            if (line.size() > 0) {
                sizes[n] = line.size();
                weights[n++] = line.text().length();
            }
        }
        if (n == 0) {
            return 0;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(sizes[a], sizes[b]));
        long total = Arrays.stream(weights, 0, n).sum();
        long seen = 0;
        for (Integer i : order) {
            seen += weights[i];
            if (seen * 2 >= total) {
                return sizes[i];
            }
        }
        return sizes[order[n - 1]];
    }
}
