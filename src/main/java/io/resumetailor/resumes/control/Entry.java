package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;

/**
 * One dated entry of a section: the lines that name it (its date cut out), its dates, and
 * the lines that describe it. {@code more} are title-shaped lines right below the date line
 * that may still belong to the title (the employer under the job title) or already to the
 * description; {@code above} are title-shaped lines right above the title that the section's
 * layout did not assign to it. The reader takes either only while the title is incomplete.
 */
record Entry(List<HeaderLine> header, List<HeaderLine> more, List<HeaderLine> above, MonthRange range, boolean single,
             List<ResumeLine> body) {

    /** The entry with its first {@code n} extra lines moved into the title. */
    Entry withMore(int n) {
        List<HeaderLine> title = new ArrayList<>(header);
        title.addAll(more.subList(0, n));
        return new Entry(title, more.subList(n, more.size()), above, range, single, body);
    }

    /** The entry with the {@code n} lines right above its title taken into the title. */
    Entry withAbove(int n) {
        List<HeaderLine> title = new ArrayList<>(above.subList(above.size() - n, above.size()));
        title.addAll(header);
        return new Entry(title, more, above.subList(0, above.size() - n), range, single, body);
    }

    /** The entry with a line of its description read into the title ("Major: Psychology" under the school's line). */
    Entry withBodyLine(ResumeLine line) {
        List<HeaderLine> title = new ArrayList<>(header);
        title.add(new HeaderLine(line.cells(), line, false));
        List<ResumeLine> rest = new ArrayList<>(body);
        rest.remove(line);
        return new Entry(title, more, above, range, single, rest);
    }

    /** The title is the date line alone, and it holds nothing but the date and perhaps a place. */
    boolean bareDateLine() {
        if (header.size() != 1) {
            return false;
        }
        String own = String.join(" ", header.get(0).cells()).strip();
        return own.isEmpty() || RoleWords.location(own);
    }

    /** The description: the extra lines not taken into the title, then the body. */
    List<ResumeLine> description() {
        List<ResumeLine> lines = new ArrayList<>();
        more.forEach(line -> lines.add(line.source()));
        lines.addAll(body);
        return lines;
    }

    /** A line of an entry's title with the date text removed from its cells. */
    record HeaderLine(List<String> cells, ResumeLine source, boolean anchor) {
    }
}
