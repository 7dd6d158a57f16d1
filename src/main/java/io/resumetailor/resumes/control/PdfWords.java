package io.resumetailor.resumes.control;

import java.text.Normalizer;
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
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float baseline = 0;
        float size = 0;
        for (Glyph glyph : sorted) {
            if (!row.isEmpty() && Math.abs(glyph.baseline() - baseline) > ROW_TOLERANCE_EM * Math.min(size, glyph.size())) {
                groups.add(row);
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
        if (!row.isEmpty()) {
            groups.add(row);
        }
        mergeRaised(groups);
        List<PdfRow> rows = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            List<PdfWord> words = words(underScaled(group));
            if (!words.isEmpty()) {
                rows.add(new PdfRow(group.get(0).baseline(), words));
            }
        }
        return rows;
    }

    /**
     * A few glyphs set a little above or below a row and within its extent belong to it:
     * superscripts ("1st"), the raised A and lowered E of the LaTeX logo, an icon set high.
     */
    static void mergeRaised(List<List<Glyph>> groups) {
        for (int i = 0; i < groups.size(); i++) {
            List<Glyph> small = groups.get(i);
            if (small.stream().filter(g -> !g.isSpace()).count() > 3) {
                continue;
            }
            for (int j : new int[]{i - 1, i + 1}) {
                if (j < 0 || j >= groups.size()) {
                    continue;
                }
                List<Glyph> host = groups.get(j);
                float hostSize = (float) host.stream().mapToDouble(Glyph::size).max().orElse(0);
                float left = (float) host.stream().mapToDouble(Glyph::x).min().orElse(0);
                float right = (float) host.stream().mapToDouble(Glyph::right).max().orElse(0);
                boolean near = Math.abs(host.get(0).baseline() - small.get(0).baseline()) < 0.6f * hostSize;
                boolean within = small.stream().allMatch(g -> g.x() >= left - hostSize && g.right() <= right + hostSize);
                if (host.size() > small.size() && near && within) {
                    float hostBaseline = host.get(0).baseline();
                    for (Glyph g : small) {
                        if (g.isSpace()) {
                            continue; // a space of a blank line a few points off would cut a word of the row in two ("3magr oup")
                        }
                        host.add(new Glyph(g.text(), g.x(), g.right(), hostBaseline, g.size(), g.bold(), g.colored()));
                    }
                    groups.remove(i--);
                    break;
                }
            }
        }
    }

    /**
     * A row whose glyphs advance by a steady multiple of their own widths, twice or more: the
     * font's size and widths came out too small (seen with XeLaTeX fonts: a 20 pt name read as 8 pt,
     * each letter then a word of its own, "C y p r i e n"). Widths and size are scaled by that
     * multiple. Letter-spaced text is told apart by its gaps: it adds the same space after
     * every letter, so a narrow "i" advances by a larger multiple of its width than a wide "M";
     * here the multiple is the same for narrow and wide letters.
     */
    static List<Glyph> underScaled(List<Glyph> row) {
        List<Glyph> out = new ArrayList<>(row.size());
        int from = 0;
        Glyph type = null; // the run's first glyph that is not a space
        for (int i = 0; i <= row.size(); i++) {
            if (i < row.size() && (row.get(i).isSpace() || type == null || sameType(type, row.get(i)))) {
                type = type == null && !row.get(i).isSpace() ? row.get(i) : type;
                continue;
            }
            out.addAll(underScaledRun(row.subList(from, i)));
            from = i;
            type = i < row.size() ? row.get(i) : null;
        }
        return out;
    }

    /** Glyphs of one font: the same size and weight. */
    private static boolean sameType(Glyph a, Glyph b) {
        return Math.abs(a.size() - b.size()) < 0.1f && a.bold() == b.bold();
    }

    private static List<Glyph> underScaledRun(List<Glyph> run) {
        List<float[]> pairs = new ArrayList<>(); // {advance / width, advance - width}
        for (int i = 1; i < run.size(); i++) {
            Glyph a = run.get(i - 1);
            Glyph b = run.get(i);
            float width = a.right() - a.x();
            float advance = b.x() - a.x();
            if (!a.isSpace() && !b.isSpace() && width > 0.05f * a.size() && advance > 0) {
                pairs.add(new float[]{advance / width, advance - width});
            }
        }
        if (pairs.size() < 6) {
            return run;
        }
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        for (Glyph g : run) {
            if (!g.isSpace()) {
                narrowest = Math.min(narrowest, g.right() - g.x());
                widest = Math.max(widest, g.right() - g.x());
            }
        }
        if (widest < 1.15f * narrowest) {
            return run; // digits or a monospaced font: equal widths cannot tell a multiple from added spacing
        }
        pairs.sort(Comparator.comparingDouble(p -> p[0]));
        List<float[]> letters = pairs.subList(0, Math.max(6, pairs.size() * 3 / 4)); // the widest quarter may be word gaps
        float multiple = letters.get(letters.size() / 2)[0];
        if (multiple < 1.6f || spread(letters, 0) >= spread(letters, 1)) {
            return run;
        }
        List<Glyph> scaled = new ArrayList<>(run.size());
        for (Glyph g : run) {
            scaled.add(new Glyph(g.text(), g.x(), g.x() + (g.right() - g.x()) * multiple, g.baseline(), g.size() * multiple, g.bold(), g.colored()));
        }
        return scaled;
    }

    /** How far the middle 80 % of one measure of the pairs spreads, relative to its median. */
    private static float spread(List<float[]> pairs, int measure) {
        List<Float> values = new ArrayList<>();
        for (float[] pair : pairs) {
            values.add(pair[measure]);
        }
        values.sort(null);
        int n = values.size();
        float median = values.get(n / 2);
        return median <= 0 ? Float.MAX_VALUE : (values.get(n * 9 / 10 - (n * 9 % 10 == 0 ? 1 : 0)) - values.get(n / 10)) / median;
    }

    static List<PdfWord> words(List<Glyph> glyphs) {
        List<Glyph> row = withAccents(glyphs);
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
                continue; // fake bold: the same glyph drawn twice, a hair apart; a hyphen drawn over a hyphen
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

    private static final String SPACING_ACCENTS = "´`¨ˆ^˜~¸ˇ˘˚¯˙˝˛";
    private static final String COMBINING = "\u0301\u0300\u0308\u0302\u0302\u0303\u0303\u0327\u030C\u0306\u030A\u0304\u0307\u030B\u0328";

    /**
     * Accents drawn as glyphs of their own (LaTeX's {@code \"a} draws "¨" over "a") joined to
     * the letter under them: "M ̈arz" becomes "März".
     */
    static List<Glyph> withAccents(List<Glyph> row) {
        List<Glyph> out = new ArrayList<>(row);
        for (int i = 0; i < out.size(); i++) {
            Glyph accent = out.get(i);
            String mark = combining(accent.text());
            if (mark == null) {
                continue;
            }
            float centre = (accent.x() + Math.max(accent.right(), accent.x() + 1)) / 2;
            for (int j : new int[]{i + 1, i - 1}) {
                if (j < 0 || j >= out.size()) {
                    continue;
                }
                Glyph base = out.get(j);
                if (!base.isSpace() && Character.isLetter(base.text().codePointAt(0)) && centre >= base.x() - 1 && centre <= base.right() + 1) {
                    String composed = Normalizer.normalize(base.text() + mark, Normalizer.Form.NFC);
                    out.set(j, new Glyph(composed, base.x(), base.right(), base.baseline(), base.size(), base.bold(), base.colored()));
                    out.remove(i--);
                    break;
                }
            }
        }
        return out;
    }

    private static String combining(String text) {
        if (text.length() != 1) {
            return null;
        }
        char c = text.charAt(0);
        int spacing = SPACING_ACCENTS.indexOf(c);
        if (spacing >= 0) {
            return String.valueOf(COMBINING.charAt(spacing));
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? text : null;
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
        // Word's "Microsoft: Print To PDF" draws bold type twice, 0.03 of the size apart across and down (0.8 pt at 26 pt)
        float near = Math.max(0.5f, 0.05f * Math.max(a.size(), b.size()));
        if (Math.abs(a.baseline() - b.baseline()) >= near) {
            return false;
        }
        if (dash(a) && dash(b)) { // Word draws a hyphen twice, or a soft hyphen over it: "Full--Stack"
            float width = Math.max(a.right() - a.x(), 0.2f * a.size());
            return b.x() < a.x() + 0.6f * width;
        }
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < near;
    }

    private static boolean dash(Glyph glyph) {
        return glyph.text().length() == 1 && "-\u00AD\u2010\u2011\u2012\u2013\u2212".indexOf(glyph.text().charAt(0)) >= 0;
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
