package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds words and rows from a page's glyphs by distance, not by the order the
 * generator drew them in. A gap wider than {@value #WORD_GAP_EM} of the font size is a
 * word break; letter-spaced text ("R E S E A R C H", small caps drawn letter by letter)
 * raises that threshold by its own typical letter gap, so "S TANISLAV B ELIAEV" comes out as
 * "STANISLAV BELIAEV". A drawn space always breaks.
 */
final class PdfWords {

    static final float WORD_GAP_EM = 0.13f;
    static final float ROW_TOLERANCE_EM = 0.3f;

    private PdfWords() {
    }

    static List<PdfRow> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<PdfRow> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float baseline = 0;
        float size = 0;
        for (Glyph glyph : sorted) {
            if (!row.isEmpty() && Math.abs(glyph.baseline() - baseline) > ROW_TOLERANCE_EM * Math.min(size, glyph.size())) {
                addRow(rows, row, baseline);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                baseline = glyph.baseline();
                size = glyph.size();
            }
            row.add(glyph);
            if (!glyph.isSpace()) {
                size = Math.max(size, glyph.size());
            }
        }
        addRow(rows, row, baseline);
        return mergeRaised(rows);
    }

    /**
     * A row of one or two words that sits within half a line of a neighbour and fills its
     * gaps belongs to it: superscripts ("1st"), the lowered E of LaTeX, an icon set a little high.
     */
    static List<PdfRow> mergeRaised(List<PdfRow> rows) {
        List<PdfRow> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            PdfRow row = out.get(i);
            if (row.words().size() > 2) {
                continue;
            }
            for (int j : new int[]{i + 1, i - 1}) {
                if (j < 0 || j >= out.size()) {
                    continue;
                }
                PdfRow host = out.get(j);
                if (host.words().size() > row.words().size() && Math.abs(host.baseline() - row.baseline()) < 0.5f * host.size()
                        && row.words().stream().noneMatch(w -> overlaps(w, host.words()))) {
                    List<PdfWord> words = new ArrayList<>(host.words());
                    words.addAll(row.words());
                    words.sort(Comparator.comparingDouble(PdfWord::x));
                    out.set(j, new PdfRow(host.baseline(), words));
                    out.remove(i--);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean overlaps(PdfWord word, List<PdfWord> words) {
        for (PdfWord other : words) {
            if (Math.min(word.right(), other.right()) - Math.max(word.x(), other.x()) > 1f) {
                return true;
            }
        }
        return false;
    }

    private static void addRow(List<PdfRow> rows, List<Glyph> row, float baseline) {
        if (row.isEmpty()) {
            return;
        }
        row.sort(Comparator.comparingDouble(Glyph::x));
        List<PdfWord> words = words(row);
        if (!words.isEmpty()) {
            rows.add(new PdfRow(baseline, words));
        }
    }

    static List<PdfWord> words(List<Glyph> row) {
        float threshold = threshold(row);
        List<PdfWord> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : row) {
            if (glyph.isSpace()) {
                flush(words, word);
                previous = null;
                continue;
            }
            if (previous != null && duplicate(previous, glyph)) {
                continue; // fake bold: the same glyph drawn twice, a hair apart
            }
            if (previous != null && gap(previous, glyph) > threshold * Math.max(previous.size(), glyph.size())) {
                flush(words, word);
            }
            word.add(glyph);
            previous = glyph;
        }
        flush(words, word);
        return words;
    }

    /** The word-gap threshold in ems for this row: higher when its letters are spaced out. */
    static float threshold(List<Glyph> row) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < row.size(); i++) {
            Glyph a = row.get(i - 1);
            Glyph b = row.get(i);
            if (!a.isSpace() && !b.isSpace()) {
                float em = gap(a, b) / Math.max(a.size(), b.size());
                if (em > -0.2f && em < 0.6f) {
                    gaps.add(em);
                }
            }
        }
        if (gaps.size() < 4) {
            return WORD_GAP_EM;
        }
        gaps.sort(null);
        float typical = gaps.get(gaps.size() / 2);
        return typical > 0.04f ? Math.max(WORD_GAP_EM, typical + 0.09f) : WORD_GAP_EM;
    }

    static float gap(Glyph a, Glyph b) {
        float right = a.right() > a.x() ? a.right() : a.x() + a.size() * 0.5f;
        return b.x() - right;
    }

    static boolean duplicate(Glyph a, Glyph b) {
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < 0.5f && Math.abs(a.baseline() - b.baseline()) < 0.5f;
    }

    private static void flush(List<PdfWord> words, List<Glyph> word) {
        if (word.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float size = 0;
        int bold = 0;
        int colored = 0;
        float baseline = word.get(0).baseline();
        for (Glyph glyph : word) {
            text.append(glyph.text());
            size = Math.max(size, glyph.size());
            bold += glyph.bold() ? 1 : 0;
            colored += glyph.colored() ? 1 : 0;
        }
        Glyph last = word.get(word.size() - 1);
        float right = last.right() > last.x() ? last.right() : last.x() + last.size() * 0.5f;
        words.add(new PdfWord(text.toString(), word.get(0).x(), right, baseline, size, bold * 2 > word.size(),
                colored * 2 > word.size()));
        word.clear();
    }
}
