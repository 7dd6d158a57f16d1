package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates set in text boxes of their own beside the entries (Canva, InDesign): the reader takes them
 * for a column and reads them after the whole page ("seit 02/2022", "07/2012 - 10/2019", ... after
 * the last entry), far from the lines they date. A run of at least two lines that hold a date and
 * nothing else (or a range broken after its dash, "06/2023 –" / "Heute", taken as one), each at
 * the height of an undated line of the column read right before the run (or, for dates on the
 * left, right after it), goes back beside those lines as their last cell. A column is a stretch of
 * lines read from top to bottom; a sidebar read earlier at the same heights is another column.
 * When one date of the run has no such line, the run stays as it is: a date beside the wrong entry
 * would be worse than none.
 */
final class DatesAside {

    private static final int MIN_RUN = 2;
    /**
     * More dates than any resume's entries: a table of figures, not a column of entry dates. It
     * also bounds the work: at most this many dates, each compared with the lines of one column.
     */
    private static final int MAX_RUN = 40;

    /** "To" words that may open the line holding a range's end: "bis jetzt", "– 2023", "to present". */
    private static final Pattern LEADING_TO = Pattern.compile("(?iu)^(?:[-–—]|bis|to|till|until|à|au|hasta|al|по|до)(?![\\p{L}])\\s*");

    private DatesAside() {
    }

    static List<TextLine> placed(List<TextLine> lines) {
        Map<Integer, TextLine> moved = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            List<Item> run = new ArrayList<>();
            int end = i;
            while (end < lines.size() && lines.get(end).page() == lines.get(i).page()) {
                Item item = item(lines, end);
                if (item == null) {
                    break;
                }
                run.add(item);
                end = item.last() + 1;
            }
            if (run.size() >= MIN_RUN && run.size() <= MAX_RUN) {
                int before = i - 1;
                while (before > 0 && lines.get(before - 1).page() == lines.get(i).page()
                        && lines.get(before - 1).top() < lines.get(before).top()) {
                    before--;
                }
                int column = end; // lines below the run that continue the column of dates ("2018," / "2019") are not the entries
                while (column < lines.size() && lines.get(column).page() == lines.get(i).page()
                        && lines.get(column).top() > lines.get(column - 1).top() && shortDateLine(lines.get(column))) {
                    column++;
                }
                int after = column;
                while (after + 1 < lines.size() && lines.get(after + 1).page() == lines.get(i).page()
                        && lines.get(after + 1).top() > lines.get(after).top()) {
                    after++;
                }
                for (int size = run.size(); size >= MIN_RUN; size--) { // a date at the end without its line stays; the others go
                    List<Item> dates = run.subList(0, size);
                    Map<Integer, TextLine> targets = i > 0 ? targets(lines, dates, Math.max(0, before), i, moved) : null;
                    if (targets == null && column < lines.size()) {
                        targets = targets(lines, dates, column, after + 1, moved);
                    }
                    if (targets != null) {
                        moved.putAll(targets);
                        for (int d = i; d <= dates.get(size - 1).last(); d++) {
                            dropped.add(d);
                        }
                        break;
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

    /** One date of a run: a line, or a range broken after its dash with its end on the line below ("06/2023 –" / "Heute"). */
    private record Item(int first, int last, String text, float top, float size, int page) {
    }

    private static Item item(List<TextLine> lines, int at) {
        TextLine line = lines.get(at);
        Item broken = broken(lines, at);
        if (broken != null) {
            return broken;
        }
        Item since = since(lines, at);
        if (since != null) {
            return since;
        }
        return bareDate(line) ? new Item(at, at, line.text().strip(), line.top(), line.size(), line.page()) : null;
    }

    /**
     * "06/2023 –" and "Heute" below it: one range. So is a date alone above its end on a timeline
     * ("Jan. 2025" / "• bis jetzt", "Jan. 2024" / "• Juni 2024"), when the end's line says it
     * continues: a "to" word or the timeline's bullet opens it.
     */
    private static Item broken(List<TextLine> lines, int at) {
        TextLine line = lines.get(at);
        if (line.top() < 0 || line.bullet() || at + 1 >= lines.size()) {
            return null;
        }
        String text = line.text().strip();
        TextLine next = lines.get(at + 1);
        if (next.page() != line.page() || next.top() <= line.top() || next.top() - line.top() > 2.5f * Math.max(line.size(), next.size())) {
            return null;
        }
        Optional<MonthRange.Point> start = MonthRange.dangling(text)
                .filter(point -> EntrySplitter.cut(text, point.from(), text.length()).isEmpty());
        boolean dashed = start.isPresent();
        String end = next.text().strip();
        if (start.isEmpty() && MonthRange.find(text).isEmpty()) {
            List<MonthRange.Point> points = MonthRange.points(text);
            Matcher to = LEADING_TO.matcher(end);
            boolean continues = to.lookingAt() || next.bullet();
            if (points.size() == 1 && points.get(0).year() > 0 && continues
                    && EntrySplitter.cut(text, points.get(0).from(), points.get(0).to()).isEmpty()) {
                start = Optional.of(points.get(0));
                end = end.substring(to.lookingAt() ? to.end() : 0);
            }
        }
        if (start.isEmpty()) {
            return null;
        }
        Optional<MonthRange> range = MonthRange.continuation(start.get(), end);
        String joined = dashed ? text + " " + end : text + " – " + end;
        return range.isPresent() && EntrySplitter.cut(end, range.get().from(), range.get().to()).isEmpty()
                ? new Item(at, at + 1, joined, line.top(), line.size(), line.page()) : null;
    }

    /** "Depuis" above "2019": a range open since a date, its word on a line of its own. */
    private static Item since(List<TextLine> lines, int at) {
        TextLine line = lines.get(at);
        if (line.top() < 0 || line.bullet() || at + 1 >= lines.size() || !SINCE_WORD.matcher(line.text().strip()).matches()) {
            return null;
        }
        TextLine next = lines.get(at + 1);
        if (next.page() != line.page() || next.top() <= line.top() || next.top() - line.top() > 2.5f * Math.max(line.size(), next.size())
                || !bareDate(next)) {
            return null;
        }
        String joined = line.text().strip() + " " + next.text().strip();
        return MonthRange.find(joined).isPresent() ? new Item(at, at + 1, joined, line.top(), line.size(), line.page()) : null;
    }

    private static final Pattern SINCE_WORD = Pattern.compile("(?iu)(?:" + MonthRange.SINCE_WORDS + ")");

    /** A line of the date column that is not a date of its own: a year with a comma, a "since" word. */
    private static boolean shortDateLine(TextLine line) {
        String text = line.text().strip();
        return bareDate(line) || SINCE_WORD.matcher(text).matches() || text.matches("(?:19|20)\\d{2}\\s*[,;/&]?");
    }

    /**
     * For each date of the run, the index of the undated line at its height among lines
     * {@code first} to {@code last} (exclusive), and that line with the date added; null when
     * one date has none.
     */
    private static Map<Integer, TextLine> targets(List<TextLine> lines, List<Item> run, int first, int last,
                                                  Map<Integer, TextLine> moved) {
        Map<Integer, TextLine> targets = new HashMap<>();
        for (Item date : run) {
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
            cells.add(date.text());
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
