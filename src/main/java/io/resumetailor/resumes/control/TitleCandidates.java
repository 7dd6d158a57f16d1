package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an entry's title that can name something: places ("Seoul, S.Korea", a lone
 * city in a right-hand cell), links, grades and labels are dropped, a trailing place is cut
 * from a part ("LionLike MindState, Pomona, CA"), and a single title line that lists
 * everything with commas ("Softwareentwicklerin, Hanse Datentechnik AG, Bremen") is split.
 */
final class TitleCandidates {

    /** A web address; not a brand named by its domain ("Coursier.fr", "Booking.com"): capitalised, without a path. */
    private static final Pattern NOISE = Pattern.compile("(?iu)^(?:https?://\\S+|www\\.\\S+|(?!(?-i:\\p{Lu})[\\p{L}\\d-]+\\.\\p{L}{2,3}$)\\S+\\.(?:com|org|net|io|de|fr|es|ru|inc)/?\\S*|"
            + "key\\s+responsibilities|responsibilities|achievements|tasks|aufgaben|missions|funciones|обязанности|"
            // the page title repeated at the top of the next page ("Curriculum Vitae" after the last entry of page 1)
            + "curriculum\\s+vitae|currículum\\s+vitae|resume|résumé|lebenslauf|hoja\\s+de\\s+vida|резюме)$");
    /** A grade in words ("Mention Bien", "cum laude", "с отличием"): it names neither school nor degree. */
    private static final Pattern HONOURS = Pattern.compile("(?iu)^(?:mention\\s+(?:très\\s+bien|assez\\s+bien|bien|passable|"
            + "(?:très\\s+)?honorable)|(?:summa\\s+|magna\\s+)?cum\\s+laude|with\\s+(?:first\\s+class\\s+)?honou?rs|"
            + "с\\s+отличием|mit\\s+auszeichnung|con\\s+honores)$");
    private static final Pattern GRADE = Pattern.compile("(?iu)(?:[;,]?\\s*(?:overall\\s+|cumulative\\s+|cum\\.\\s+|major\\s+)?"
            + "(?:c?gpa|grade|note|nota|moyenne|mention|percentage|score|средний\\s+балл)\\s*[:：]?\\s*\\d[\\d.,/ ]*"
            + "(?:\\s*/\\s*\\d+(?:[.,]\\d+)?)?%?|[-–,;]?\\s*\\d(?:[.,]\\d+)?\\s*(?:c?gpa))\\s*");

    /**
     * A qualification framework level (Europass prints "EQF level 4" beside each course;
     * "DQR-Niveau 6", "niveau 5 CEC", "nivel 3 MEC"): it names neither school nor degree.
     */
    private static final Pattern FRAMEWORK_LEVEL = Pattern.compile("(?iu)^(?:(?:eqf|eqr|dqr|nqf|cec|mec|isced|qcer|rncp)[\\s-]*"
            + "(?:level|niveau|nivel|stufe)?\\s*\\d|(?:level|niveau|nivel|stufe)\\s*\\d\\s*(?:\\(|de\\s+l[ae]\\s+|del\\s+|des\\s+)?"
            + "(?:eqf|eqr|dqr|nqf|cec|mec|isced|qcer|rncp)\\)?)$");

    /**
     * Where a street address begins behind a name ("Hotel Mercurio 3* Via Hermada 2 21047 Saronno",
     * "INRIA Grenoble, 655 Avenue de l'Europe, 38330 Montbonnot", "Muster GmbH, Hauptstraße 5"):
     * a street word and a house number in either order. Europass-style entries give the
     * employer's address; the address names no employer, school or job.
     */
    private static final Pattern STREET = Pattern.compile("(?iu)(?:\\s*,\\s*|\\s+)(?:\\d{1,4}\\s?[a-z]?,?\\s+(?:rue|avenue|av\\.|"
            + "boulevard|bd|chemin|allée|impasse|quai|street|road|drive|lane|calle|avenida|via|viale|piazza|corso)\\s|"
            + "(?:via|viale|piazza|corso|rue|avenue|calle|avenida|carrer|rua|straße|strasse|str\\.|ул\\.|улица|проспект)\\s+"
            + "\\p{L}[\\p{L}'’.\\s-]{1,40}?\\s\\d{1,4}\\s?[a-z]?(?=[\\s,]|$)|"
            + "\\p{L}{3,}(?:straße|strasse|str\\.|weg|gasse|platz|allee)\\s+\\d{1,4}\\s?[a-z]?(?=[\\s,]|$)).*$");

    private static final Pattern DASHED_TAIL = Pattern.compile("\\s[–—]\\s+([^–—]+)$");

    private TitleCandidates() {
    }

    static List<TitlePart> of(List<TitlePart> parts) {
        return of(parts, true);
    }

    /** {@code splitLonePart}: a single part is split at its commas. */
    static List<TitlePart> of(List<TitlePart> parts, boolean splitLonePart) {
        List<TitlePart> kept = new ArrayList<>();
        for (TitlePart part : parts) {
            if (HONOURS.matcher(part.text().strip()).matches()) {
                continue;
            }
            String text = GRADE.matcher(part.text()).replaceAll(" ").replaceAll("\\s+", " ").strip();
            text = EducationReader.ONGOING.matcher(text).replaceFirst(""); // "Stagiaire ... – en cours": a status, no employer
            text = withoutAddress(text);
            text = TitlePart.clean(text);
            if (text.isEmpty() || NOISE.matcher(text).matches() || FRAMEWORK_LEVEL.matcher(text).matches() || subheading(part, text)
                    || !text.matches("(?s).*\\p{L}.*")) {
                continue;
            }
            // the dash last ("X – Costa Rica, Remote"), unless the place behind it runs on ("CTO – San Francisco, CA")
            String named = withoutDashedPlace(withoutTrailingPlace(withoutDashedPlace(text)));
            if (part.hint() == null && RoleWords.location(text) && !RoleWords.position(text) && !RoleWords.organisation(text)
                    && !(part.cell() == 0 && RoleWords.degree(text)) // "MA ‖ University of Central Florida": the degree's own cell
                    && (withoutDashedPlace(text).equals(text) || named.isBlank() || RoleWords.location(named))) {
                continue; // a place alone; "CentraleSupélec – Rennes, France" names the employer before its place
            }
            kept.add(part.withText(named));
        }
        if (parts.size() >= 3 || parts.stream().anyMatch(p -> p.onDateLine() && p.cell() >= 2)) {
            // "Position | Company | City", "Company ‖ City", "Date | Position | City" (the employer on the line below):
            // the last piece of a line is its place when nothing says otherwise
            Map<Integer, Integer> lastColumn = new HashMap<>();
            parts.forEach(p -> lastColumn.merge(p.line(), p.cell(), Math::max));
            kept.removeIf(p -> p.hint() == null && p.cell() > 0 && p.cell() == lastColumn.get(p.line())
                    && placeShaped(p.text()) && !RoleWords.position(p.text()) && !RoleWords.organisation(p.text())
                    && !RoleWords.degree(p.text()) && !RoleWords.institution(p.text()));
        }
        if (splitLonePart && kept.size() == 1 && kept.get(0).hint() == null) {
            TitlePart only = kept.remove(0);
            List<String> items = places(only.commaItems());
            for (String item : items) {
                kept.add(only.withText(item));
            }
        }
        return kept;
    }

    /**
     * The shape of a place at the end of a title line: one or two words ("Berlin", "New York"), a known place, or three
     * words joined by a lower-case one ("Rio de Janeiro"); three capitalised words are as often a name ("Iceland Frozen Foods").
     */
    private static boolean placeShaped(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= 2 || RoleWords.location(text)
                || words.length == 3 && Arrays.stream(words).anyMatch(w -> Character.isLowerCase(w.codePointAt(0)));
    }

    /**
     * "Stages", "Emplois saisonniers", "Internships", "Nebenjobs" on a line of their own above an entry: moderncv's
     * sub-headings inside the experience name a kind of position, not an employer or a job.
     */
    private static boolean subheading(TitlePart part, String text) {
        return part.hint() == null && !part.onDateLine() && text.split("\\s+").length <= 3 && !RoleWords.position(text)
                && !RoleWords.organisation(text) && SectionVocabulary.experienceKey(text);
    }

    /** A lone part split at a spaced dash ("Principal Engineer — Cobol Systems Inc."), when nothing else named the roles. */
    static List<TitlePart> dashSplit(List<TitlePart> parts) {
        return split(parts, "\\s+[–—-]\\s+");
    }

    /** Words a job title run into its employer's name may have. */
    private static final int RUN_IN_TITLE_WORDS = 4;

    /**
     * "Data Scientist National Institutes of Health Clinical Center": a lone part whose first words (at most four) name
     * a job and nothing else and whose rest, capitalised, names an organisation or a school and no job: the two fields
     * set side by side in one run of text. The shortest such job title is taken; else the parts as they are.
     */
    static List<TitlePart> runInSplit(List<TitlePart> parts) {
        if (parts.size() != 1) {
            return parts;
        }
        String[] words = parts.get(0).text().strip().split("\\s+");
        for (int k = 1; k <= Math.min(RUN_IN_TITLE_WORDS, words.length - 2); k++) {
            String title = String.join(" ", Arrays.copyOfRange(words, 0, k));
            String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            if (RoleWords.position(title) && !RoleWords.organisation(title) && !RoleWords.institution(title)
                    && Character.isUpperCase(rest.codePointAt(0)) && (RoleWords.organisation(rest) || RoleWords.institution(rest))
                    && !RoleWords.position(rest)) {
                return List.of(parts.get(0).withText(title), parts.get(0).withText(rest));
            }
        }
        return parts;
    }

    /**
     * "Desarrollador de software / Innovartec Ingeniería": a lone part split at a spaced slash;
     * not one title with two names ("Verkäufer / Kassierer") or a shared head ("UX / UI Designer").
     */
    static List<TitlePart> slashSplit(List<TitlePart> parts) {
        List<TitlePart> split = split(parts, "\\s+/\\s+");
        if (split.size() == 2 && RoleWords.position(split.get(1).text())
                && (!split.get(0).text().contains(" ") || RoleWords.position(split.get(0).text()))) {
            return parts;
        }
        return split;
    }

    private static List<TitlePart> split(List<TitlePart> parts, String separator) {
        if (parts.size() != 1) {
            return parts;
        }
        List<TitlePart> split = new ArrayList<>();
        for (String piece : parts.get(0).text().split(separator, 2)) {
            if (!piece.isBlank()) {
                split.add(parts.get(0).withText(piece.strip()));
            }
        }
        return split;
    }

    /**
     * "Komodo Health – Costa Rica", "IUT Créteil - Vitry – Vitry-sur-Seine", "Sup De Vinci – La Défense":
     * templates such as RenderCV set the place after the organisation behind a spaced en or em dash
     * (in each comma item: "Software Engineer, Komodo Health – Costa Rica, Remote").
     * The tail goes when it is a place by its shape (a country, or at most three words starting
     * with a capital, no digits) and neither piece names a job, a degree, or (the tail) an
     * organisation or school: "Master – Data Science" and "Engineer – Backend" stay whole.
     */
    static String withoutDashedPlace(String text) {
        List<String> items = new ArrayList<>();
        String[] split = text.split(",\\s+");
        for (int i = 0; i < split.length; i++) {
            String whole = withoutPlaceRunningOn(split, i);
            if (whole != null) {
                items.add(whole);
                break;
            }
            items.add(withoutDashedPlaceInItem(split[i]));
        }
        return String.join(", ", items);
    }

    /**
     * "Co-Founder & CTO – San Francisco, CA": a place behind the dash that runs on over the last
     * comma items is cut after a job too, as the items make it a place ("Engineer – Backend" has
     * none); the item's head, or null.
     */
    private static String withoutPlaceRunningOn(String[] items, int i) {
        Matcher dash = DASHED_TAIL.matcher(items[i]);
        if (i == items.length - 1 || !dash.find()) {
            return null;
        }
        String head = items[i].substring(0, dash.start()).strip();
        String tail = dash.group(1).strip();
        String place = tail + ", " + String.join(", ", java.util.Arrays.copyOfRange(items, i + 1, items.length));
        boolean named = RoleWords.position(tail) || RoleWords.degree(tail) || RoleWords.organisation(tail) || RoleWords.institution(tail);
        return !head.isEmpty() && !named && RoleWords.location(place) ? head : null;
    }

    private static String withoutDashedPlaceInItem(String text) {
        Matcher dash = DASHED_TAIL.matcher(text);
        if (!dash.find()) {
            return text;
        }
        String head = text.substring(0, dash.start()).strip();
        String tail = dash.group(1).strip();
        if (head.isEmpty() || RoleWords.position(head) || RoleWords.degree(head) || RoleWords.position(tail)
                || RoleWords.degree(tail) || RoleWords.organisation(tail) || RoleWords.institution(tail)) {
            return text;
        }
        boolean placeShaped = tail.matches("(?u)\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,2}");
        return RoleWords.location(tail) || placeShaped ? head : text;
    }

    /** The name before a street address, or the text as it is when nothing with a letter would be left. */
    static String withoutAddress(String text) {
        Matcher street = STREET.matcher(text);
        if (!street.find()) {
            return text;
        }
        String head = text.substring(0, street.start()).strip();
        return head.matches("(?s).*\\p{L}.*") ? head : text;
    }

    static String withoutTrailingPlace(String text) {
        List<String> items = new ArrayList<>(List.of(text.split("\\s*,\\s+")));
        if (items.size() < 2) {
            return text;
        }
        List<String> kept = places(items);
        return kept.isEmpty() ? text : String.join(", ", kept);
    }

    /** The items without trailing places: a country, state or "Remote", the city before it, a lone word after an organisation. */
    static List<String> places(List<String> items) {
        List<String> kept = new ArrayList<>(items);
        boolean cut = true;
        while (kept.size() > 1 && cut) {
            String last = kept.get(kept.size() - 1);
            String before = kept.get(kept.size() - 2);
            cut = false;
            if (RoleWords.location(last) && !RoleWords.organisation(last)) {
                kept.remove(kept.size() - 1);
                cut = true;
            } else if (last.matches("(?u)\\p{Lu}[\\p{L}.-]+(?:\\s\\p{Lu}[\\p{L}.-]+)?") && (RoleWords.organisation(before)
                    || RoleWords.institution(before)) && !RoleWords.position(before) && !RoleWords.organisation(last)
                    && !RoleWords.position(last) && !RoleWords.degree(last)) { // "..., University, Bachelors Degree": no town
                kept.remove(kept.size() - 1);
                cut = true;
            } else if (kept.size() < items.size() && last.matches("(?u)\\p{Lu}[\\p{L}.-]+(?:\\s\\p{Lu}[\\p{L}.-]+)?")
                    && !RoleWords.organisation(last) && !RoleWords.position(last) && !RoleWords.institution(last)
                    && !RoleWords.degree(last)) {
                kept.remove(kept.size() - 1); // the city before a state or country
                cut = false;
            }
        }
        return kept;
    }
}
