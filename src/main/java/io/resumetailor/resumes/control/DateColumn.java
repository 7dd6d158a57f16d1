package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A column of dates read apart from the entries it dates: a table whose first column holds
 * every date of the section in one cell (Word, LibreOffice), read cell by cell, gives a run
 * of bare date lines and then the entries without a date. A range may wrap after its dash
 * ("01.07.2014-" / "17.07.2015"), and a range marked as leave ("2017 - 2020 (декрет)",
 * "(Elternzeit)") dates no entry. The entries end at the first line with a date of its own.
 * When they count out as the dates do, each date goes back beside its entry's title, in
 * order: titles are the bold lines (the first right after the run), or else, in a list of
 * duties, the lines that open the zone or follow a list item. Any other count leaves the
 * section as it is: pairing dates with the wrong entries would be worse than no dates.
 */
final class DateColumn {

    private static final int MIN_DATES = 2;
    /** Time off that a column of dates lists with the jobs: no entry of its own. */
    private static final Pattern LEAVE = Pattern.compile("(?iu)[\\s(\\[]*(?:декрет(?:ный\\s+отпуск)?|отпуск\\s+по\\s+уходу[\\p{L}\\s]*|"
            + "maternity(?:\\s+leave)?|parental\\s+leave|elternzeit|mutterschutz|congé\\s+(?:de\\s+)?(?:maternité|parental)|"
            + "baja\\s+(?:maternal|por\\s+maternidad)|excedencia)[\\s)\\].]*");

    /** "г." or "гг." after a year: "12.03.2012 – 11.10.2013г." is a bare range. */
    private static final Pattern YEAR_MARK = Pattern.compile("(?iu)(?<!\\p{L})гг?\\.?(?!\\p{L})");

    /** A line that opens with a date: "2021 - ‖ Поступление ...", an entry dated in its own row. */
    private static final Pattern DATED = Pattern.compile("\\s*(?:\\d{1,2}[./])*(?:19|20)\\d{2}(?!\\d)");

    private DateColumn() {
    }

    static ResumeSection rejoined(ResumeSection section) {
        List<ResumeLine> lines = section.lines();
        List<String> dates = new ArrayList<>();
        int run = 0;
        while (run < lines.size()) {
            String text = lines.get(run).text().strip();
            if (bareRange(text)) {
                dates.add(text);
                run++;
            } else if (text.matches(".*\\d\\s*[-–—]") && run + 1 < lines.size()
                    && bareRange(text + " " + lines.get(run + 1).text().strip())) {
                dates.add(text + " " + lines.get(run + 1).text().strip()); // "01.07.2014-" / "17.07.2015"
                run += 2;
            } else if (leave(text)) {
                run++;
            } else {
                break;
            }
        }
        int end = run;
        while (end < lines.size() && MonthRange.findAll(lines.get(end).text()).isEmpty() && !DATED.matcher(lines.get(end).text()).lookingAt()) {
            end++;
        }
        if (dates.size() < MIN_DATES || end == run) {
            return section;
        }
        List<Integer> titles = titles(lines, run, end, dates.size());
        if (titles.isEmpty()) {
            return section;
        }
        List<ResumeLine> out = new ArrayList<>();
        int next = 0;
        for (int i = run; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            if (next < titles.size() && titles.get(next) == i) {
                List<String> cells = new ArrayList<>();
                cells.add(dates.get(next));
                cells.addAll(line.line().cells());
                line = line.withCells(cells);
                next++;
            }
            out.add(line);
        }
        return new ResumeSection(section.kind(), section.heading(), out, section.range());
    }

    /** The entries' title lines between {@code from} and {@code to}, when they are as many as the dates; else none. */
    private static List<Integer> titles(List<ResumeLine> lines, int from, int to, int count) {
        List<Integer> bold = new ArrayList<>();
        List<Integer> afterItems = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ResumeLine line = lines.get(i);
            if (line.bold() && !line.bullet()) {
                bold.add(i);
            }
            if (!line.bullet() && (i == from || lines.get(i - 1).bullet())) {
                afterItems.add(i); // "ООО «Телематика»" after the last duty of the job above
            }
        }
        if (bold.size() == count && bold.get(0) == from) {
            return bold;
        }
        return afterItems.size() == count && afterItems.size() < to - from ? afterItems : List.of();
    }

    /** A range marked as time off: "2017 - 2020(декрет)". */
    private static boolean leave(String text) {
        List<MonthRange> ranges = MonthRange.findAll(text);
        return ranges.size() == 1
                && LEAVE.matcher(text.substring(0, ranges.get(0).from()) + text.substring(ranges.get(0).to())).matches();
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
        return !YEAR_MARK.matcher(rest).replaceAll("").matches("(?s).*[\\p{L}\\p{N}].*");
    }
}
