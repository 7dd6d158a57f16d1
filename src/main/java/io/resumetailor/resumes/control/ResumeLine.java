package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A text line with the features the built-in parser scores on, relative to the
 * document's body text: how much larger, bold, in capitals, how much space above.
 *
 * @param index    position in the document's reading order
 * @param relSize  font size divided by the body size (1 when unknown)
 * @param gapAbove white space above, in body-text heights (-1 when unknown)
 */
record ResumeLine(int index, TextLine line, float relSize, float gapAbove, boolean spaced) {

    /** {@code typicalGap}: the document's usual space between lines, in body heights. */
    static ResumeLine of(int index, TextLine line, float bodySize, float typicalGap) {
        float rel = bodySize > 0 && line.size() > 0 ? line.size() / bodySize : 1f;
        float gap = bodySize > 0 && line.gapAbove() >= 0 ? line.gapAbove() / bodySize : -1f;
        return new ResumeLine(index, line, rel, gap, gap >= Math.max(0.5f, 2.5f * typicalGap));
    }

    /** The median space between lines of a document, in body heights (0 when unknown). */
    static float typicalGap(List<TextLine> lines, float bodySize) {
        List<Float> values = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.gapAbove() >= 0 && bodySize > 0) {
                values.add(line.gapAbove() / bodySize);
            }
        }
        if (values.isEmpty()) {
            return 0;
        }
        values.sort(null);
        return values.get(values.size() / 2);
    }

    /** The same line read as if it were no list item (an education list that bullets its degrees). */
    ResumeLine withoutBullet() {
        TextLine plain = new TextLine(line.cells(), line.size(), line.bold(), line.page(), line.top(), line.gapAbove(), false,
                line.outline(), line.links(), line.wraps(), line.colored(), line.column());
        return new ResumeLine(index, plain, relSize, gapAbove, spaced);
    }

    /** The same line with other cells (a date moved, a label cut). */
    ResumeLine withCells(List<String> cells) {
        return new ResumeLine(index, line.withCells(cells), relSize, gapAbove, spaced);
    }

    String text() {
        return line.text();
    }

    List<String> cells() {
        return line.cells();
    }

    boolean bullet() {
        return line.bullet();
    }

    boolean bold() {
        return line.bold();
    }

    int words() {
        String text = text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** Most letters are capitals (at least three letters). */
    boolean caps() {
        String text = text(); // built anew on each call: once here, or a long line costs its length squared
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 3 && upper * 10 >= letters * 9;
    }

    /** Looks like running text rather than a title: long, or ends a sentence. */
    boolean prose() {
        String text = text().strip();
        return words() > 12 || text.endsWith(".") && words() > 4 || text.endsWith(",") || text.endsWith(";");
    }
}
