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
 * first page stay: that is where the name is; so does the first of a recurring line with
 * contact details (some templates put them only in the footer), and the first of a recurring
 * section heading (a section that runs over a page break is headed again on the next page).
 */
final class PageFurniture {

    private PageFurniture() {
    }

    static List<TextLine> removed(List<TextLine> lines) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        for (TextLine line : lines) {
            pages.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
        }
        List<TextLine> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String key = key(line);
            boolean recurring = pages.get(key).size() >= 2 && key.chars().filter(Character::isLetter).count() >= 3;
            boolean contacts = ContactDetails.EMAIL.matcher(line.text()).find() || !line.links().isEmpty();
            boolean firstHeading = recurring && !line.text().matches(".*\\d.*") && SectionVocabulary.strictSection(line.text()).isPresent()
                    && seen.add("heading " + key);
            if (!recurring || line.page() == 1 && i < 5 || firstHeading || contacts && seen.add(key)) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String key(TextLine line) {
        return line.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase();
    }
}
