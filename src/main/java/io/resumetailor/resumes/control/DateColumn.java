package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of dates read apart from the entries it dates: a table whose first column holds
 * every date of the section in one cell (Word, LibreOffice), read cell by cell, gives a run
 * of bare date lines and then the entries without a date. When the section starts with that
 * run, has no other date, and has exactly as many bold title lines as dates (the first right
 * after the run), each date goes back beside its title, in order. Any other count leaves the
 * section as it is: pairing dates with the wrong entries would be worse than no dates.
 */
final class DateColumn {

    private static final int MIN_DATES = 2;

    private DateColumn() {
    }

    static ResumeSection rejoined(ResumeSection section) {
        List<ResumeLine> lines = section.lines();
        int dates = 0;
        while (dates < lines.size() && bareRange(lines.get(dates).text())) {
            dates++;
        }
        if (dates < MIN_DATES || dates == lines.size()) {
            return section;
        }
        List<Integer> titles = new ArrayList<>();
        for (int i = dates; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            if (!MonthRange.findAll(line.text()).isEmpty()) {
                return section; // the entries carry dates of their own
            }
            if (line.bold() && !line.bullet()) {
                titles.add(i);
            }
        }
        if (titles.size() != dates || titles.get(0) != dates) {
            return section;
        }
        List<ResumeLine> out = new ArrayList<>();
        int next = 0;
        for (int i = dates; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            if (next < titles.size() && titles.get(next) == i) {
                List<String> cells = new ArrayList<>();
                cells.add(lines.get(next).text().strip());
                cells.addAll(line.line().cells());
                line = line.withCells(cells);
                next++;
            }
            out.add(line);
        }
        return new ResumeSection(section.kind(), section.heading(), out, section.range());
    }

    /**
     * RenderCV's classic theme sets an entry's date in the right-hand column of the row below
     * its title, beside the first highlight ("• Built … ‖ June 2023 – present"), and the time
     * span under it ("uptime ‖ 2 years 10 months"). A range in the last cell of a list item
     * goes up to the line above when that line is no list item and has no date, and no other
     * item of the list carries a range of its own (items dated one by one are entries).
     */
    static ResumeSection raised(ResumeSection section) {
        List<ResumeLine> lines = new ArrayList<>(section.lines());
        boolean changed = false;
        for (int i = 1; i < lines.size(); i++) {
            ResumeLine title = lines.get(i - 1);
            ResumeLine item = lines.get(i);
            if (!item.bullet() || title.bullet() || item.cells().size() < 2 || !bareRange(last(item))
                    || !MonthRange.findAll(title.text()).isEmpty() || datedItemBelow(lines, i + 1)) {
                continue;
            }
            List<String> titleCells = new ArrayList<>(title.cells());
            titleCells.add(last(item));
            lines.set(i - 1, title.withCells(titleCells));
            lines.set(i, item.withCells(item.cells().subList(0, item.cells().size() - 1)));
            if (i + 1 < lines.size() && lines.get(i + 1).cells().size() > 1 && EntrySplitter.duration(last(lines.get(i + 1)))) {
                ResumeLine next = lines.get(i + 1);
                lines.set(i + 1, next.withCells(next.cells().subList(0, next.cells().size() - 1)));
            }
            changed = true;
        }
        return changed ? new ResumeSection(section.kind(), section.heading(), lines, section.range()) : section;
    }

    /** A list item of the same entry (no wider gap above) below {@code from} with a range in a cell of its own. */
    private static boolean datedItemBelow(List<ResumeLine> lines, int from) {
        for (int i = from; i < lines.size() && !lines.get(i).spaced(); i++) {
            ResumeLine line = lines.get(i);
            if (line.bullet() && line.cells().size() > 1 && !MonthRange.findAll(last(line)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String last(ResumeLine line) {
        return line.cells().get(line.cells().size() - 1);
    }

    /** The line is a date range and nothing else. */
    private static boolean bareRange(String text) {
        List<MonthRange> ranges = MonthRange.findAll(text);
        if (ranges.size() != 1) {
            return false;
        }
        MonthRange range = ranges.get(0);
        String rest = text.substring(0, range.from()) + text.substring(range.to());
        return !rest.matches("(?s).*[\\p{L}\\p{N}].*");
    }
}
