package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
    /** Word's bullets drawn with a symbol font but mapped to letters: "o", "§", "Ø", "ü", "q", "n", "l", "v". */
    private static final Pattern LETTER_BULLET = Pattern.compile("^[o§Øüqnlv]$");
    /** A letter that stands for a bullet glyph is set apart from the item by a tab: more than twice a word space. */
    private static final float LETTER_BULLET_GAP_EM = 0.5f;

    /**
     * The gap after word {@code w} sets it apart as a bullet: half an em or more, and more than twice the
     * row's usual gap between words (justified text may space every word that wide: "o equipos ...").
     */
    private static boolean letterBulletGap(List<PdfWord> words, int w) {
        PdfWord word = words.get(w);
        float gap = words.get(w + 1).x() - word.right();
        List<Float> others = new ArrayList<>();
        for (int i = w + 1; i + 1 < words.size(); i++) {
            others.add(words.get(i + 1).x() - words.get(i).right());
        }
        Collections.sort(others);
        float usual = others.isEmpty() ? 0 : others.get(others.size() / 2);
        return gap > LETTER_BULLET_GAP_EM * word.size() && gap > 2 * usual;
    }
    static final Pattern BULLET = Pattern.compile("^[•●▪■◦‣∙·\\-–*⋄○◆►▸✓❖➢→★♦◼▶✔➤❯›»◇□▫▹]+$");

    private PdfLayout() {
    }

    /**
     * A block of rows read together; {@code cuts} are margin edges that separate cells in them; {@code column} is where
     * the column that holds them starts (negative infinity for the page's leftmost).
     */
    record Block(List<PdfRow> rows, List<Float> cuts, float column) {
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
                TextLine line = line(row, block.cuts(), page, previousBottom, links, block.column());
                previousBottom = row.baseline() + row.size() * 0.25f;
                if (line != null) {
                    lines.add(wraps(row, i + 1 < rowsOfBlock.size() ? rowsOfBlock.get(i + 1) : null, right, block.cuts())
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
    static boolean wraps(PdfRow row, PdfRow next, float blockRight, List<Float> cuts) {
        if (next == null || row.words().size() < 2) {
            return false;
        }
        PdfWord last = row.words().get(row.words().size() - 1);
        PdfWord first = next.words().get(0);
        float size = row.size();
        return blockRight - last.right() < first.right() - first.x() + 0.5f * size
                && Math.abs(first.x() - lastCellStart(row, cuts)) <= 1.5f && Math.abs(next.size() - size) < Math.max(0.6f, 0.05f * size)
                && first.bold() == last.bold() && next.baseline() - row.baseline() < 2f * size;
    }

    /** Where the row's last cell starts: a title beside a date in a margin wraps under the title, not under the date. */
    private static float lastCellStart(PdfRow row, List<Float> cuts) {
        float gap = cellGap(row);
        List<PdfWord> words = row.words();
        for (int i = words.size() - 1; i > 0; i--) {
            PdfWord previous = words.get(i - 1);
            PdfWord word = words.get(i);
            if (word.x() - previous.right() > gap * Math.max(word.size(), previous.size()) || crosses(cuts, previous.right(), word.x())) {
                return word.x();
            }
        }
        return words.get(0).x();
    }

    static void layout(List<PdfRow> rows, float from, float to, List<Float> cuts, List<Block> out, int depth) {
        if (rows.isEmpty()) {
            return;
        }
        PdfGutter gutter = depth < 6 ? PdfGutter.find(rows, from, to) : null;
        if (gutter == null) {
            out.add(new Block(rows, cuts, from));
            return;
        }
        List<PdfRow> before = rows.subList(0, gutter.first());
        List<PdfRow> during = rows.subList(gutter.first(), gutter.last() + 1);
        List<PdfRow> after = rows.subList(gutter.last() + 1, rows.size());
        layout(before, from, to, cuts, out, depth + 1);
        if (gutter.margin()) {
            List<Float> withCut = new ArrayList<>(cuts);
            withCut.add(gutter.x());
            out.add(new Block(centred(during, gutter.x()), withCut, from));
        } else {
            List<PdfRow> left = side(during, from, gutter.x());
            if (PdfGutter.labelColumn(left)) {
                byLabel(left, side(during, gutter.x(), to), gutter.x(), to, cuts, out, depth);
            } else {
                layout(left, from, gutter.x(), cuts, out, depth + 1);
                layout(side(during, gutter.x(), to), gutter.x(), to, cuts, out, depth + 1);
            }
        }
        layout(after, from, to, cuts, out, depth + 1);
    }

    /**
     * A column of section headings alone beside the text ("Experience", "Skills", "Education" on the left, what each
     * holds to their right): each heading opens the rows from its own height down to the next one's, read in their own
     * columns; the rows above the first heading (the name, the contact details) come first.
     */
    private static void byLabel(List<PdfRow> labels, List<PdfRow> text, float from, float to, List<Float> cuts, List<Block> out,
            int depth) {
        int next = 0;
        for (int i = -1; i < labels.size(); i++) {
            float end = i + 1 < labels.size() ? labels.get(i + 1).top() : Float.POSITIVE_INFINITY;
            List<PdfRow> band = new ArrayList<>();
            while (next < text.size() && text.get(next).baseline() < end) {
                band.add(text.get(next++));
            }
            if (i >= 0) {
                out.add(new Block(List.of(labels.get(i)), cuts, from));
            }
            layout(band, from, to, cuts, out, depth + 1);
        }
    }

    /**
     * An item of one side set between two rows of the other side, as a year centred on a
     * two-line title, joins the row above: it belongs with the entry those rows begin, and a
     * line of its own would break the title in two.
     */
    static List<PdfRow> centred(List<PdfRow> rows, float cut) {
        List<PdfRow> out = new ArrayList<>(rows);
        for (int i = 1; i + 1 < out.size(); i++) {
            PdfRow above = out.get(i - 1);
            PdfRow row = out.get(i);
            PdfRow below = out.get(i + 1);
            Boolean side = side(row, cut);
            if (side != null && Boolean.valueOf(!side).equals(side(above, cut)) && Boolean.valueOf(!side).equals(side(below, cut))
                    && below.baseline() - above.baseline() < 1.8f * Math.max(above.size(), below.size())) {
                List<PdfWord> words = new ArrayList<>(above.words());
                words.addAll(row.words());
                words.sort(Comparator.comparingDouble(PdfWord::x));
                out.set(i - 1, new PdfRow(above.baseline(), words));
                out.remove(i);
            }
        }
        return out;
    }

    /** TRUE when all the row's words are left of the cut, FALSE when all are right of it, else null. */
    private static Boolean side(PdfRow row, float cut) {
        boolean left = row.words().stream().allMatch(w -> w.right() <= cut);
        boolean right = row.words().stream().allMatch(w -> w.x() >= cut);
        return left == right ? null : left;
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

    /**
     * "ENFERMERO SERVICIO CANARIO DE SALUD" with the position in bold and the employer in plain
     * capitals (the Europass editor's title line), "Registered Nurse Royal London Hospital" alike:
     * where the type turns from bold to plain once, in a short line whose plain part is in capitals
     * or title case, the line holds two names, and the change of type is their separator. A line
     * whose bold part is a label ("Languages:") or whose plain part reads as a sentence stays whole.
     */
    static List<String> boldThenPlain(List<PdfWord> words, List<String> cells) {
        int bold = 0;
        while (bold < words.size() && words.get(bold).bold()) {
            bold++;
        }
        if (bold == 0 || bold == words.size() || bold > 6 || words.size() - bold > 8) {
            return cells;
        }
        for (int i = bold; i < words.size(); i++) {
            if (words.get(i).bold() || Math.abs(words.get(i).size() - words.get(0).size()) > 0.5f) {
                return cells;
            }
        }
        String first = String.join(" ", words.subList(0, bold).stream().map(PdfWord::text).toList());
        String rest = String.join(" ", words.subList(bold, words.size()).stream().map(PdfWord::text).toList());
        boolean capitals = rest.chars().anyMatch(Character::isLetter) && rest.equals(rest.toUpperCase(java.util.Locale.ROOT));
        if (first.endsWith(":") || !Character.isUpperCase(first.codePointAt(0)) || !Character.isUpperCase(rest.codePointAt(0))
                || !(capitals || EntrySplitter.titleCased(rest.split("\\s+"))) || rest.matches(".*\\d.*")
                || !first.concat(" ").concat(rest).equals(cells.get(0))) {
            return cells;
        }
        return List.of(first, rest);
    }

    static TextLine line(PdfRow row, List<Float> cuts, int page, float previousBottom, List<PdfLink> links, float column) {
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
        for (int w = 0; w < row.words().size(); w++) {
            PdfWord word = row.words().get(w);
            boolean newCell = previous != null && (word.x() - previous.right() > cellGap * Math.max(word.size(), previous.size())
                    || crosses(cuts, previous.right(), word.x()));
            if (newCell) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            if ((previous == null || newCell) && cells.size() <= 1 && (BULLET.matcher(word.text()).matches()
                    || LETTER_BULLET.matcher(word.text()).matches() && w + 1 < row.words().size()
                    && letterBulletGap(row.words(), w))) { // "o" of Symbol or Courier
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
        if (cells.size() == 1 && !bullet) {
            cells = boldThenPlain(row.words(), cells);
        }
        float top = row.top();
        float gap = previousBottom < 0 ? -1 : Math.max(0, top - previousBottom);
        float size = sizeWeight == 0 ? 0 : Math.round(sizeSum / sizeWeight * 10) / 10f;
        return new TextLine(cells, size, boldChars * 2 > chars, page, top, gap, bullet, -1, List.copyOf(targets), false,
                coloredChars * 2 > chars, column);
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
}
