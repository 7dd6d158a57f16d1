package io.resumetailor.resumes.control;

import java.util.List;

/**
 * One line of a document as a reader sees it, with the layout facts the built-in parser
 * scores on: the name is usually the largest text near the top of the first page,
 * headings are larger, bold or in capitals and follow some white space, a date pushed
 * to the right margin sits in a cell of its own.
 *
 * @param cells     the line's pieces that a wide gap or a table cell separates, in reading order
 * @param size      the dominant font size in points (0 when the document does not say)
 * @param bold      most of its letters are bold
 * @param page      page number from 1 (DOCX: 1)
 * @param top       distance of the line's top from the top of its page, in points (DOCX: -1)
 * @param gapAbove  white space between this line and the one before it in the same column, in points (-1 when unknown)
 * @param bullet    a list item (a bullet glyph in a PDF, a numbered paragraph in a DOCX)
 * @param outline   the heading level a DOCX style gives (0 title, 1 heading 1, ...), -1 when none
 * @param links     targets of the hyperlinks on this line ({@code mailto:}, {@code tel:}, {@code https:})
 * @param wraps     the line fills its column and the next starts where it started: a phrase may run on
 * @param colored   most of its letters are drawn in a colour (not black or grey)
 * @param column    where the page's column that holds the line starts, in points: negative infinity for the
 *                  leftmost, NaN when unknown (DOCX, plain text)
 */
public record TextLine(List<String> cells, float size, boolean bold, int page, float top, float gapAbove,
                       boolean bullet, int outline, List<String> links, boolean wraps, boolean colored, float column) {

    public TextLine {
        cells = List.copyOf(cells);
        links = List.copyOf(links);
    }

    /** A line whose column is not known. */
    public TextLine(List<String> cells, float size, boolean bold, int page, float top, float gapAbove,
                    boolean bullet, int outline, List<String> links, boolean wraps, boolean colored) {
        this(cells, size, bold, page, top, gapAbove, bullet, outline, links, wraps, colored, Float.NaN);
    }

    /**
     * Both lines are in the same column of their pages: both in the leftmost, or both in one that starts within 40 points
     * (a gutter found on another page lies a little elsewhere); false when either is unknown.
     */
    boolean sameColumn(TextLine other) {
        if (Float.isNaN(column) || Float.isNaN(other.column)) {
            return false;
        }
        return column == other.column || Math.abs(column - other.column) < 40f;
    }

    /** A line without layout facts, as from plain text. */
    public static TextLine plain(String text) {
        return new TextLine(List.of(text), 0, false, 1, -1, -1, false, -1, List.of(), false, false);
    }

    /** The cells joined by a visible separator, so that neither a model nor a reader runs them together. */
    public String text() {
        return String.join(" | ", cells);
    }

    public TextLine withCells(List<String> newCells) {
        return new TextLine(newCells, size, bold, page, top, gapAbove, bullet, outline, links, wraps, colored, column);
    }

    public TextLine wrapping() {
        return new TextLine(cells, size, bold, page, top, gapAbove, bullet, outline, links, true, colored, column);
    }
}
