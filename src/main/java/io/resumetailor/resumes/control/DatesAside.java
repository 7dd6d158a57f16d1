package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dates set in text boxes of their own beside the entries (Canva, InDesign): the reader takes
 * them for a column and reads them after the whole page ("seit 02/2022", "07/2012 - 10/2019",
 * ... after the last entry), far from the lines they date. A run of at least two lines that
 * hold a date and nothing else, each at the height of an undated line of the column read right
 * before the run (or, for dates on the left, right after it), goes back beside those lines as
 * their last cell. A column is a stretch of lines read from top to bottom; a sidebar read
 * earlier at the same heights is another column. When one date of the run has no such line,
 * the run stays as it is: a date beside the wrong entry would be worse than none.
 */
final class DatesAside {

    private static final int MIN_RUN = 2;
    /**
     * More dates than any resume's entries: a table of figures, not a column of entry dates. It
     * also bounds the work: at most this many dates, each compared with the lines of one column.
     */
    private static final int MAX_RUN = 40;

    private DatesAside() {
    }

    static List<TextLine> placed(List<TextLine> lines) {
        Map<Integer, TextLine> moved = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && bareDate(lines.get(end)) && lines.get(end).page() == lines.get(i).page()) {
                end++;
            }
            if (end - i >= MIN_RUN && end - i <= MAX_RUN) {
                int before = i - 1;
                while (before > 0 && lines.get(before - 1).page() == lines.get(i).page()
                        && lines.get(before - 1).top() < lines.get(before).top()) {
                    before--;
                }
                int after = end;
                while (after + 1 < lines.size() && lines.get(after + 1).page() == lines.get(i).page()
                        && lines.get(after + 1).top() > lines.get(after).top()) {
                    after++;
                }
                Map<Integer, TextLine> targets = i > 0 ? targets(lines, i, end, Math.max(0, before), i, moved) : null;
                if (targets == null && end < lines.size()) {
                    targets = targets(lines, i, end, end, after + 1, moved);
                }
                if (targets != null) {
                    moved.putAll(targets);
                    for (int d = i; d < end; d++) {
                        dropped.add(d);
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        if (dropped.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            if (!dropped.contains(l)) {
                out.add(moved.getOrDefault(l, lines.get(l)));
            }
        }
        return out;
    }

    /**
     * For each date of the run (lines {@code from} to {@code to}), the index of the undated line
     * at its height among lines {@code first} to {@code last} (exclusive), and that line with the
     * date added; null when one date has none.
     */
    private static Map<Integer, TextLine> targets(List<TextLine> lines, int from, int to, int first, int last,
                                                  Map<Integer, TextLine> moved) {
        Map<Integer, TextLine> targets = new HashMap<>();
        for (int d = from; d < to; d++) {
            TextLine date = lines.get(d);
            int best = -1;
            for (int l = first; l < last; l++) {
                TextLine line = lines.get(l);
                if (line.page() == date.page() && !targets.containsKey(l) && !moved.containsKey(l)
                        && Math.abs(line.top() - date.top()) <= Math.max(2f, date.size() * 0.5f) && !dated(line)
                        && (best < 0 || Math.abs(line.top() - date.top()) < Math.abs(lines.get(best).top() - date.top()))) {
                    best = l;
                }
            }
            if (best < 0) {
                return null;
            }
            List<String> cells = new ArrayList<>(lines.get(best).cells());
            cells.add(date.text().strip());
            targets.put(best, lines.get(best).withCells(cells));
        }
        return targets;
    }

    private static boolean bareDate(TextLine line) {
        return line.top() >= 0 && EntrySplitter.dateOnly(line.cells()) && !line.bullet();
    }

    private static boolean dated(TextLine line) {
        String text = line.text();
        Optional<MonthRange> range = MonthRange.find(text);
        return range.isPresent() || MonthRange.single(text).isPresent();
    }
}
