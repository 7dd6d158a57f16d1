package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers ("February 10, 2026 · Jane Doe · Résumé · 2"): a line that
 * recurs on several pages, its numbers aside, is page furniture and would otherwise land in
 * the middle of a section, with a date that looks like an entry's. The first lines of the
 * first page, and those near its top, stay: that is where the name is; so does the first of a recurring line with
 * contact details (some templates put them only in the footer), and the first of a recurring
 * section heading (a section that runs over a page break is headed again on the next page).
 * Furniture sits at the same height on each page it recurs on: the same employer named by a
 * job on page one and by a training on page two, at other heights, is content. A section
 * heading repeated on a later page, wherever it sits, continues its section.
 */
final class PageFurniture {

    /** Points a running header may move between pages (a wrapped title above it, another page size). */
    private static final float HEIGHT_TOLERANCE = 24f;

    /**
     * Points from the top of the first page within which a recurring line stays: the name and title that a two-column
     * design repeats at the top of each page, read after the sidebar ("LINA CARDOZO" at 86 pt on both pages).
     */
    private static final float PAGE_HEAD = 150f;

    private PageFurniture() {
    }

    static List<TextLine> removed(List<TextLine> lines) {
        Map<String, List<TextLine>> occurrences = new HashMap<>();
        for (TextLine line : lines) {
            occurrences.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
        }
        List<TextLine> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String key = key(line);
            boolean heading = !line.text().matches(".*\\d.*") && SectionVocabulary.strictSection(line.text()).isPresent();
            boolean recurring = (heading ? onPages(occurrences.get(key)) >= 2 : furniture(line, occurrences.get(key)))
                    && key.chars().filter(Character::isLetter).count() >= 3 && !EntrySplitter.dateOnly(line.cells());
            // a date alone ("Juni 2024" under "Jan. 2024" on a timeline) recurs as its month, not as a running footer
            boolean contacts = ContactDetails.EMAIL.matcher(line.text()).find() || !line.links().isEmpty();
            boolean firstHeading = recurring && heading && seen.add("heading " + key);
            boolean pageHead = line.page() == 1 && (i < 5 || line.top() >= 0 && line.top() < PAGE_HEAD);
            if (!recurring || pageHead || firstHeading || contacts && seen.add(key)) {
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * The line recurs on another page at about its height (or the document gives no heights),
     * or on three pages or more wherever it sits (a job board's export repeats its industry
     * line under each employer).
     */
    private static boolean furniture(TextLine line, List<TextLine> same) {
        if (onPages(same) >= 3) {
            return true;
        }
        for (TextLine other : same) {
            if (other.page() != line.page() && (line.top() < 0 || other.top() < 0 || Math.abs(other.top() - line.top()) <= HEIGHT_TOLERANCE)) {
                return true;
            }
        }
        return false;
    }

    private static long onPages(List<TextLine> same) {
        return same.stream().map(TextLine::page).distinct().count();
    }

    private static String key(TextLine line) {
        return line.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase();
    }
}
