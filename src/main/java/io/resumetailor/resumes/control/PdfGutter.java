package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical white band at {@code x} through rows {@code first..last}, with text on both
 * sides; {@code margin} when the shorter side's items share baselines with the other side.
 */
record PdfGutter(float x, int first, int last, boolean margin) {

    /** A word blocks the band this far beyond its ink, so touching words are no gutter. */
    static final float GUTTER_HALF_WIDTH = 3f;
    /** Fewer rows on a side are a stray label, not a column. */
    static final int MIN_ROWS_PER_SIDE = 3;
    /** Share of the shorter side's rows that must share a baseline with the other side for a margin. */
    static final double MARGIN_ALIGNMENT = 0.8;

    static PdfGutter find(List<PdfRow> rows, float from, float to) {
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
        return new PdfGutter(x, best[0], last, isMargin(rows.subList(best[0], last + 1), x));
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
     * The rows line up across x like a margin column and its text (baselines within 2 pt: a date
     * column set a size smaller than the text sits a little off its baselines), counted between the first
     * and the last row with words on both sides (a heading above or below on one side only
     * says nothing about how the two sides relate).
     */
    /** Names a section; "Knowledge of these programming languages:" introduces a list and heads nothing. */
    private static boolean heading(String text) {
        String t = text.strip();
        return !t.isEmpty() && !t.endsWith(":") && SectionVocabulary.strictSection(t).isPresent();
    }

    /** Rows of a column that only name sections, at least two: labels beside the text they head, not a column of text. */
    static boolean labelColumn(List<PdfRow> rows) {
        return rows.size() >= 2 && rows.stream().allMatch(row -> heading(String.join(" ", row.words().stream().map(PdfWord::text).toList())));
    }

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
            boolean leftHeads = heading(leftText.toString());
            boolean rightHeads = heading(rightText.toString());
            // a column's heading stands alone on its row or faces the other column's heading; one
            // beside a value ("Französisch | Schulkenntnisse (B2)") is a label/value table's cell
            leftHeading |= leftHeads && (rightBaselines.isEmpty() || rightHeads);
            rightHeading |= rightHeads && (leftBaselines.isEmpty() || leftHeads);
            boolean alone = rightBaselines.isEmpty() && (leftHeads || SectionVocabulary.section(leftText.toString().strip()).isPresent());
            left[i] = !leftBaselines.isEmpty() && !alone; // a margin heading ("Vocational training") stands alone on its row
            right[i] = !rightBaselines.isEmpty() && !(rightHeads && leftBaselines.isEmpty());
            for (float a : leftBaselines) {
                for (float b : rightBaselines) {
                    aligned[i] |= Math.abs(a - b) <= 2f;
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
        return together >= MARGIN_ALIGNMENT * Math.min(leftRows, rightRows) || blocksAligned(rows, x, left, aligned);
    }

    /** A margin block of at most this many rows: a date, its end and the time it lasted ("Март 2023 —" / "настоящее время" / "1 год"). */
    static final int MARGIN_BLOCK_ROWS = 4;

    /**
     * The left side is a margin of short blocks, each starting on the baseline of a row of the text (hh.ru's dates beside
     * each employer, set smaller than the text and so on a pitch of their own): at least two blocks, nearly all aligned.
     */
    private static boolean blocksAligned(List<PdfRow> rows, float x, boolean[] left, boolean[] aligned) {
        int blocks = 0;
        int alignedStarts = 0;
        int size = 0;
        float previous = Float.NaN;
        for (int i = 0; i < rows.size(); i++) {
            if (!left[i]) {
                continue; // no margin text, or a heading alone on its row
            }
            List<PdfWord> margin = rows.get(i).words().stream().filter(w -> w.right() <= x).toList();
            float baseline = margin.get(0).baseline();
            if (Float.isNaN(previous) || baseline - previous > 1.6f * margin.get(0).size()) {
                blocks++;
                alignedStarts += aligned[i] ? 1 : 0;
                size = 0;
            }
            if (++size > MARGIN_BLOCK_ROWS) {
                return false;
            }
            previous = baseline;
        }
        return blocks >= 2 && alignedStarts >= MARGIN_ALIGNMENT * blocks;
    }
}
