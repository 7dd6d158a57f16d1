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
                line = new ResumeLine(line.index(), line.line().withCells(cells), line.relSize(), line.gapAbove(), line.spaced());
                next++;
            }
            out.add(line);
        }
        return new ResumeSection(section.kind(), section.heading(), out, section.range());
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
