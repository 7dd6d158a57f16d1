package io.resumetailor.resumes.control;

import java.util.List;

/**
 * One dated entry of a section: the lines that name it (its date cut out), its dates, and
 * the lines that describe it. {@code more} are title-shaped lines right below the date line
 * that may still belong to the title (the employer under the job title) or already to the
 * description; the reader takes them only while the title is incomplete.
 */
record Entry(List<HeaderLine> header, List<HeaderLine> more, MonthRange range, boolean single, List<ResumeLine> body) {

    /** The entry with its first {@code n} extra lines moved into the title. */
    Entry withMore(int n) {
        List<HeaderLine> title = new java.util.ArrayList<>(header);
        title.addAll(more.subList(0, n));
        return new Entry(title, more.subList(n, more.size()), range, single, body);
    }

    /** The description: the extra lines not taken into the title, then the body. */
    List<ResumeLine> description() {
        List<ResumeLine> lines = new java.util.ArrayList<>();
        more.forEach(line -> lines.add(line.source()));
        lines.addAll(body);
        return lines;
    }

    /** A line of an entry's title with the date text removed from its cells. */
    record HeaderLine(List<String> cells, ResumeLine source, boolean anchor) {
    }
}
