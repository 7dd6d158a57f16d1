package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts a page's rows into reading order. A vertical band of white space that runs down
 * several rows with text on both sides is either a gutter between columns (a sidebar, a
 * two-column template) or the edge of a margin column (moderncv's dates on the left,
 * dates or places pushed to the right, label/value tables). They differ in how the rows
 * line up: the items of a margin column sit on the baseline of a row beside them; two
 * columns are set independently and drift apart, or (set in one table) both have their own
 * section headings. Columns are read one after the other
 * (each searched again for columns of its own); a margin becomes a cell boundary.
 */
final class PdfLayout {

    static final float CELL_GAP_EM = 1.0f;
    static final float GUTTER_HALF_WIDTH = 3f;
    static final int MIN_ROWS_PER_SIDE = 3;
    static final double MARGIN_ALIGNMENT = 0.8;
    /** Word's bullets drawn with a symbol font but mapped to letters: "o", "§", "Ø", "ü", "q", "n", "l", "v". */
    private static final Pattern LETTER_BULLET = Pattern.compile("^[o§Øüqnlv]$");
    static final Pattern BULLET = Pattern.compile("^[•●▪■◦‣∙·\\-–*⋄○◆►▸✓❖➢→★♦◼▶✔➤❯›»◇□▫▹]+$");

    private PdfLayout() {
    }

    /** A block of rows read together; {@code cuts} are margin edges that separate cells in them. */
    record Block(List<PdfRow> rows, List<Float> cuts) {
    }

    static List<TextLine> lines(List<PdfRow> rows, int page, List<PdfLink> links) {
        List<Block> blocks = new ArrayList<>();
        layout(rows, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, List.of(), blocks, 0);
        List<TextLine> lines = new ArrayList<>();
        for (Block block : blocks) {
            float previousBottom = -1;
            float right = 0;
            for (PdfRow row : block.rows()) {
                right = Math.max(right, row.words().get(row.words().size() - 1).right());
            }
            List<PdfRow> rowsOfBlock = block.rows();
            for (int i = 0; i < rowsOfBlock.size(); i++) {
                PdfRow row = rowsOfBlock.get(i);
                TextLine line = line(row, block.cuts(), page, previousBottom, links);
                previousBottom = row.baseline() + row.size() * 0.25f;
                if (line != null) {
                    lines.add(line.cells().size() == 1 && wraps(row, i + 1 < rowsOfBlock.size() ? rowsOfBlock.get(i + 1) : null, right)
                            ? line.wrapping() : line);
                }
            }
        }
        return lines;
    }

    /**
     * The typesetter broke this row: the next row, in the same type and starting where this one
     * starts, begins with a word that would not have fitted into the space left at the right.
     */
    static boolean wraps(PdfRow row, PdfRow next, float blockRight) {
        if (next == null || row.words().size() < 2) {
            return false;
        }
        PdfWord last = row.words().get(row.words().size() - 1);
        PdfWord first = next.words().get(0);
        float size = row.size();
        return blockRight - last.right() < first.right() - first.x() + 0.5f * size
                && Math.abs(first.x() - row.words().get(0).x()) <= 1.5f && Math.abs(next.size() - size) < Math.max(0.6f, 0.05f * size)
                && first.bold() == last.bold() && next.baseline() - row.baseline() < 2f * size;
    }

    static void layout(List<PdfRow> rows, float from, float to, List<Float> cuts, List<Block> out, int depth) {
        if (rows.isEmpty()) {
            return;
        }
        Gutter gutter = depth < 6 ? Gutter.find(rows, from, to) : null;
        if (gutter == null) {
            out.add(new Block(rows, cuts));
            return;
        }
        List<PdfRow> before = rows.subList(0, gutter.first());
        List<PdfRow> during = rows.subList(gutter.first(), gutter.last() + 1);
        List<PdfRow> after = rows.subList(gutter.last() + 1, rows.size());
        layout(before, from, to, cuts, out, depth + 1);
        if (gutter.margin()) {
            List<Float> withCut = new ArrayList<>(cuts);
            withCut.add(gutter.x());
            out.add(new Block(during, withCut));
        } else {
            layout(side(during, from, gutter.x()), from, gutter.x(), cuts, out, depth + 1);
            layout(side(during, gutter.x(), to), gutter.x(), to, cuts, out, depth + 1);
        }
        layout(after, from, to, cuts, out, depth + 1);
    }

    /** The rows restricted to the words between {@code from} and {@code to}; a row may split into rows of distinct baselines. */
    static List<PdfRow> side(List<PdfRow> rows, float from, float to) {
        List<PdfRow> out = new ArrayList<>();
        for (PdfRow row : rows) {
            List<PdfWord> words = new ArrayList<>();
            for (PdfWord word : row.words()) {
                float middle = (word.x() + word.right()) / 2;
                if (middle >= from && middle < to) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                out.add(new PdfRow(words.get(0).baseline(), words));
            }
        }
        return out;
    }

    static TextLine line(PdfRow row, List<Float> cuts, int page, float previousBottom, List<PdfLink> links) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        PdfWord previous = null;
        float sizeWeight = 0;
        float sizeSum = 0;
        int boldChars = 0;
        int coloredChars = 0;
        int chars = 0;
        boolean bullet = false;
        Set<String> targets = new LinkedHashSet<>();
        float cellGap = cellGap(row);
        for (PdfWord word : row.words()) {
            boolean newCell = previous != null && (word.x() - previous.right() > cellGap * Math.max(word.size(), previous.size())
                    || crosses(cuts, previous.right(), word.x()));
            if (newCell) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            if ((previous == null || newCell) && cells.size() <= 1 && (BULLET.matcher(word.text()).matches()
                    || previous == null && LETTER_BULLET.matcher(word.text()).matches() && row.words().size() > 1
                    && row.words().get(1).x() - word.right() > CELL_GAP_EM * word.size())) {
                bullet = true;
                previous = word;
                continue;
            }
            if (cell.length() > 0) {
                cell.append(' ');
            }
            cell.append(word.text());
            int length = word.text().length();
            chars += length;
            boldChars += word.bold() ? length : 0;
            coloredChars += word.colored() ? length : 0;
            sizeSum += word.size() * length;
            sizeWeight += length;
            for (PdfLink link : links) {
                if (link.covers(word)) {
                    targets.add(link.target());
                }
            }
            previous = word;
        }
        if (cell.length() > 0) {
            cells.add(cell.toString());
        }
        cells.removeIf(String::isBlank);
        if (cells.isEmpty()) {
            return null;
        }
        float top = row.top();
        float gap = previousBottom < 0 ? -1 : Math.max(0, top - previousBottom);
        float size = sizeWeight == 0 ? 0 : Math.round(sizeSum / sizeWeight * 10) / 10f;
        return new TextLine(cells, size, boldChars * 2 > chars, page, top, gap, bullet, -1, List.copyOf(targets), false,
                coloredChars * 2 > chars);
    }

    /**
     * The gap in ems that separates cells in this row: {@value #CELL_GAP_EM}, or three times
     * the row's typical word gap when justified text in a narrow column spreads its words.
     */
    static float cellGap(PdfRow row) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < row.words().size(); i++) {
            PdfWord a = row.words().get(i - 1);
            PdfWord b = row.words().get(i);
            gaps.add((b.x() - a.right()) / Math.max(a.size(), b.size()));
        }
        if (gaps.size() < 3) {
            return CELL_GAP_EM;
        }
        gaps.sort(null);
        return Math.max(CELL_GAP_EM, 3 * gaps.get(gaps.size() / 2));
    }

    private static boolean crosses(List<Float> cuts, float left, float right) {
        for (float cut : cuts) {
            if (left <= cut && cut <= right) {
                return true;
            }
        }
        return false;
    }

    /**
     * A vertical white band at {@code x} through rows {@code first..last}, with text on both
     * sides; {@code margin} when the shorter side's items share baselines with the other side.
     */
    record Gutter(float x, int first, int last, boolean margin) {

        static Gutter find(List<PdfRow> rows, float from, float to) {
            float left = Float.POSITIVE_INFINITY;
            float right = Float.NEGATIVE_INFINITY;
            for (PdfRow row : rows) {
                for (PdfWord word : row.words()) {
                    left = Math.min(left, word.x());
                    right = Math.max(right, word.right());
                }
            }
            float width = right - left;
            if (width <= 0) {
                return null;
            }
            Coverage coverage = new Coverage(rows, left + 0.08f * width, right);
            int[] best = null;
            float bestFrom = 0;
            float bestTo = 0;
            int[] band = null;
            float bandFrom = 0;
            for (float x = left + 0.08f * width; x <= right - 0.08f * width + 1f; x += 1f) {
                int[] run = x <= right - 0.08f * width ? coverage.longestRun(x) : null;
                boolean same = run != null && band != null && run[0] == band[0] && run[1] == band[1];
                if (!same && band != null) {
                    if (best == null || band[2] > best[2] || band[2] == best[2] && x - bandFrom > bestTo - bestFrom) {
                        best = band;
                        bestFrom = bandFrom;
                        bestTo = x;
                    }
                    band = null;
                }
                if (run != null && band == null) {
                    band = run;
                    bandFrom = x;
                }
            }
            if (best == null) {
                return null;
            }
            float x = (bestFrom + bestTo - 1f) / 2;
            int last = trimmedEnd(rows, best[0], best[1], x);
            return new Gutter(x, best[0], last, isMargin(rows.subList(best[0], last + 1), x));
        }

        /**
         * The run without the tail of rows that only one side has. A tail on the right (read
         * last anyway) goes below the columns; a tail on the left is cut where a wider gap than
         * the run's line pitch opens: a full-width heading too short to cross the gutter.
         */
        static int trimmedEnd(List<PdfRow> rows, int first, int last, float x) {
            boolean left = onlyOn(rows.get(last), x, true);
            boolean right = onlyOn(rows.get(last), x, false);
            if (left == right) {
                return last;
            }
            int tail = last;
            while (tail > first && onlyOn(rows.get(tail - 1), x, left)) {
                tail--;
            }
            if (right) {
                return Math.max(first, tail - 1);
            }
            List<Float> pitches = new ArrayList<>();
            for (int i = first + 1; i <= last; i++) {
                pitches.add(rows.get(i).baseline() - rows.get(i - 1).baseline());
            }
            pitches.sort(null);
            float pitch = pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 2);
            for (int i = Math.max(tail, first + 1); i <= last; i++) {
                if (rows.get(i).baseline() - rows.get(i - 1).baseline() > 1.6f * pitch) {
                    return i - 1;
                }
            }
            return last;
        }

        private static boolean onlyOn(PdfRow row, float x, boolean left) {
            return row.words().stream().allMatch(w -> left ? w.right() <= x : w.x() >= x);
        }

        /**
         * Which points of a one-point grid across the rows each row covers with a word (widened
         * by half the minimum gutter), and where its words start and end: a candidate gutter is
         * then checked in a step per row instead of a pass over all words.
         */
        private static final class Coverage {

            private final List<PdfRow> rows;
            private final float origin;
            private final boolean[][] covered;
            private final float[] firstRight;
            private final float[] lastLeft;

            /** {@code start}: the first candidate; candidates follow one point apart. */
            Coverage(List<PdfRow> rows, float start, float right) {
                this.rows = rows;
                this.origin = start;
                int cells = Math.max(1, (int) Math.ceil(right - start) + 2);
                covered = new boolean[rows.size()][cells];
                firstRight = new float[rows.size()];
                lastLeft = new float[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    firstRight[r] = Float.POSITIVE_INFINITY;
                    lastLeft[r] = Float.NEGATIVE_INFINITY;
                    for (PdfWord word : rows.get(r).words()) {
                        // candidate k (at origin + k) is crossed when word.x - half < origin + k < word.right + half
                        int from = Math.max(0, (int) Math.floor(word.x() - GUTTER_HALF_WIDTH - origin) + 1);
                        int to = Math.min(cells - 1, (int) Math.ceil(word.right() + GUTTER_HALF_WIDTH - origin) - 1);
                        for (int c = from; c <= to; c++) {
                            covered[r][c] = true;
                        }
                        firstRight[r] = Math.min(firstRight[r], word.right());
                        lastLeft[r] = Math.max(lastLeft[r], word.x());
                    }
                }
            }

            /** [first, last, rows with text] of the longest run of rows that no word crosses at x, with enough text on both sides. */
            int[] longestRun(float x) {
                int cell = Math.max(0, Math.min(covered.length == 0 ? 0 : covered[0].length - 1, Math.round(x - origin)));
                int[] best = null;
                int start = 0;
                int leftRows = 0;
                int rightRows = 0;
                for (int i = 0; i <= rows.size(); i++) {
                    boolean crossed = i == rows.size() || covered[i][cell];
                    if (crossed) {
                        if (leftRows >= MIN_ROWS_PER_SIDE && rightRows >= MIN_ROWS_PER_SIDE
                                && (best == null || leftRows + rightRows > best[2])) {
                            best = new int[]{start, i - 1, leftRows + rightRows};
                        }
                        start = i + 1;
                        leftRows = 0;
                        rightRows = 0;
                    } else {
                        leftRows += firstRight[i] <= x ? 1 : 0;
                        rightRows += lastLeft[i] >= x ? 1 : 0;
                    }
                }
                return best;
            }
        }

        /**
         * The rows line up across x like a margin column and its text, counted between the first
         * and the last row with words on both sides (a heading above or below on one side only
         * says nothing about how the two sides relate).
         */
        static boolean isMargin(List<PdfRow> rows, float x) {
            int n = rows.size();
            boolean[] left = new boolean[n];
            boolean[] right = new boolean[n];
            boolean[] aligned = new boolean[n];
            boolean leftHeading = false;
            boolean rightHeading = false;
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                List<Float> leftBaselines = new ArrayList<>();
                List<Float> rightBaselines = new ArrayList<>();
                StringBuilder leftText = new StringBuilder();
                StringBuilder rightText = new StringBuilder();
                for (PdfWord word : rows.get(i).words()) {
                    boolean onLeft = word.right() <= x;
                    (onLeft ? leftBaselines : rightBaselines).add(word.baseline());
                    (onLeft ? leftText : rightText).append(word.text()).append(' ');
                }
                leftHeading |= leftText.length() > 0 && SectionVocabulary.strictSection(leftText.toString()).isPresent();
                rightHeading |= rightText.length() > 0 && SectionVocabulary.strictSection(rightText.toString()).isPresent();
                left[i] = !leftBaselines.isEmpty();
                right[i] = !rightBaselines.isEmpty();
                for (float a : leftBaselines) {
                    for (float b : rightBaselines) {
                        aligned[i] |= Math.abs(a - b) <= 1f;
                    }
                }
                if (left[i] && right[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (leftHeading && rightHeading) {
                return false; // both sides have section headings of their own: two columns set in one table
            }
            if (first < 0) {
                return false;
            }
            int leftRows = 0;
            int rightRows = 0;
            int together = 0;
            for (int i = first; i <= last; i++) {
                leftRows += left[i] ? 1 : 0;
                rightRows += right[i] ? 1 : 0;
                together += aligned[i] ? 1 : 0;
            }
            return together >= MARGIN_ALIGNMENT * Math.min(leftRows, rightRows);
        }
    }
}
