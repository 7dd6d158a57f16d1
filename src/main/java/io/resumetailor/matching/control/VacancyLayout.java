package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layout of a vacancy: headings ("Requirements", "Ihr Profil", "Nous offrons",
 * "Требования") open a part, the lines under them belong to it. A heading is a short line
 * that ends with a colon or is little more than a heading cue; "Requirements: A, B" is a
 * heading with content. Among cues of several kinds in one heading the longest wins
 * ("who we are looking for" is a requirement heading, not "who we are"); on a tie
 * nice-to-have beats noise beats requirements beats tasks. Paragraphs are split into
 * sentences so that one sentence of blurb does not carry a requirement with it. A plain
 * paragraph after the bullets of a requirement part ends that part: it is the outro
 * (traits, how to apply), not one more requirement.
 */
final class VacancyLayout {

    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪◦●○■□➢➤►✓✔>]|\\d{1,2}[.)]|[a-z][.)])\\s+");
    static final Pattern DECORATION = Pattern.compile("^[#*_\\s]+|[#*_\\s]+$");
    /**
     * A sentence ends at . ! ? or ; before a capital, a digit, a quote or a parenthesis, but not after an
     * abbreviation: a single letter ("z. B. Zeiss", "e. g.") or a short word of the five languages
     * that is written with a dot ("bzw.", "inkl.", "mind.", "approx.", "p. ej."), a person's title included ("Lic. Mariana
     * Treviño", "Mme Dupont", "Hr. Weber").
     */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])(?:(?<=(?iu:klasse|class|permis|carné|carne|carnet|categoría|categoria|"
            + "licence|license|категории|conducir|conduire|conduite|conducción|führerschein|fahrerlaubnis|права)\\s\\p{Lu}\\.)|(?<![\\s(.]\\p{L}\\.)(?<!^\\p{L}\\.)" // "Führerschein Klasse B. Körperliche …": a class ends it
            + "(?<!(?<![\\p{L}])(?:bzw|usw|inkl|ggf|evtl|mind|vgl|ca|Nr|Dr|Dra|Lic|Licda|Ing|Sr|Sra|Srta|Mme|Mlle|Mr|Mrs|Ms|Prof|Hr|Fr|approx|incl|env|ej|cf|mín|máx|min|max|resp)\\.))"
            + "\\s+(?=[\\p{Lu}\\d\"(])");
    static final String[] ORDER = {Cues.NICE_HEADING, Cues.NOISE_HEADING, Cues.MUST_HEADING, Cues.TASK_HEADING};
    static final VacancyPart[] PARTS = {VacancyPart.NICE, VacancyPart.NOISE, VacancyPart.MUST, VacancyPart.TASKS};

    private VacancyLayout() {
    }

    static List<VacancyLine> lines(String description) {
        Cues cues = Cues.standard();
        List<VacancyLine> lines = new ArrayList<>();
        VacancyPart part = VacancyPart.NONE;
        boolean partHasBullets = false;
        int list = 0;
        String[] raws = markersAfterValues(description.split("\\R"));
        boolean legend = ESSENTIAL_LEGEND.matcher(description).find() && DESIRABLE_LEGEND.matcher(description).find();
        for (int index = 0; index < raws.length; index++) {
            String raw = raws[index];
            boolean bullet = BULLET.matcher(raw).find();
            String line = DECORATION.matcher(BULLET.matcher(raw).replaceFirst("")).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            list += bullet ? 0 : 1;
            String content = line;
            int colon = line.indexOf(':');
            VacancyPart heading = null;
            if (colon > 0) {
                heading = heading(cues, line.substring(0, colon).replaceAll("[?¿]", ""), true, false);
            } else if (!bullet && !line.matches(".*[.!]$")) {
                heading = heading(cues, line.replaceAll("[?¿]", ""), false, BULLET.matcher(nextLine(raws, index)).find());
            }
            boolean marked = FIELD_MARKER.matcher(line).find();
            if (!marked && LICENCE_LABEL.matcher(line).matches() && FIELD_MARKER.matcher(nextLine(raws, index)).find()) {
                continue; // "Permis" over "B - Véhicule léger - Exigé": the label, read with its value
            }
            Matcher letter = legend ? LEGEND_MARK.matcher(line) : null;
            boolean lettered = letter != null && letter.find();
            if (marked || lettered) {
                heading = null; // "Anglais - Exigé", "B - Véhicule léger - Exigé", "Experience with lime mortars (D)": marked, no heading
            }
            if (heading != null && heading != VacancyPart.NOISE && part == VacancyPart.NOISE && colon > 0 && !bullet
                    && !line.substring(0, colon).strip().contains(" ") && !line.substring(colon + 1).isBlank()
                    && line.substring(colon + 1).strip().split("\\s+").length <= 6) {
                heading = null; // "Informations complémentaires" / "Qualification : Ouvrier qualifié (P3, P4, OQ)": a field of the block, no new part
            }
            boolean bareColon = colon == line.length() - 1;
            if (heading == null && bareColon && !bullet && (part == VacancyPart.MUST || part == VacancyPart.NICE)
                    && requirementLabel(cues, line)) {
                partHasBullets = false; // "Profil" / "Diplômes :" / bullets: a label inside the part, which goes on
                continue;
            }
            if (heading == null && !bullet && partHasBullets && (part == VacancyPart.MUST || part == VacancyPart.NICE)) {
                part = VacancyPart.NONE;
            }
            if (heading == null && (colon < 0 || bareColon) && unnamedHeading(line, bullet, raws, index)) {
                part = VacancyPart.NONE;
                partHasBullets = false;
                continue;
            }
            if (heading == null && bareColon && !bullet) {
                continue;
            }
            VacancyPart linePart = marked && part != VacancyPart.NICE ? VacancyPart.MUST : part;
            if (lettered) {
                linePart = letter.group(1).equalsIgnoreCase("E") ? VacancyPart.MUST : VacancyPart.NICE; // "Full UK driving licence – D"
                content = line.substring(0, letter.start()).strip();
            }
            String label = marked ? previousLine(raws, index) : "";
            if (LICENCE_LABEL.matcher(label).matches()) {
                content = label + " " + line; // "Permis" / "B - Véhicule léger - Exigé": the licence B
            }
            if (heading != null) {
                linePart = heading;
                if (!bullet) {
                    part = heading;
                    partHasBullets = false;
                }
                content = colon > 0 ? line.substring(colon + 1).strip() : "";
            }
            partHasBullets |= bullet;
            if (content.isEmpty()) {
                continue;
            }
            for (String sentence : bullet ? List.of(content) : List.of(SENTENCE_END.split(content))) {
                if (!sentence.isBlank()) {
                    lines.add(new VacancyLine(sentence.strip(), linePart, bullet, list));
                }
            }
        }
        return lines;
    }

    /**
     * The marker France Travail's form sets after each value of its Permis, Langues, Formations and Compétences fields: the
     * value is asked for whatever block it stands in (the blocks around it are the contract's and pay's fields).
     */
    static final Pattern FIELD_MARKER = Pattern.compile("(?iu)\\s[-–—]\\s*(?:exigée?s?|souhaitée?s?|appréciée?s?)\\s*$");

    /**
     * A UK person specification's legend ("E = essential, D = desirable") and the letter it sets after each criterion
     * ("Full UK driving licence – D", "Degree in archaeology (E)"): the letter says must or nice.
     */
    static final Pattern ESSENTIAL_LEGEND = Pattern.compile("(?iu)(?<![\\p{L}])E\\s*[=:–-]\\s*essential");
    static final Pattern DESIRABLE_LEGEND = Pattern.compile("(?iu)(?<![\\p{L}])D\\s*[=:–-]\\s*desirable");
    static final Pattern LEGEND_MARK = Pattern.compile("(?u)(?:\\s[-–—]\\s*|\\s*\\()([ED])\\)?\\s*$");

    /**
     * France Travail's other layout: the marker on its own line under the value ("B - Véhicule léger" / "Permis exigé",
     * "Bac+2 … Viticulture" / "Diplôme souhaité", "3 An(s) - en viticulture" / "Expérience exigée").
     */
    static final Pattern MARKER_BELOW = Pattern.compile("(?iu)^\\s*(?:expérience|diplôme|formation|permis|langues?|compétences?|"
            + "savoir-faire|qualification)\\s+(exigée?s?|souhaitée?s?|appréciée?s?)\\s*$");
    /** France Travail's length of experience: "3 An(s) - en viticulture", "6 Mois - en cuisine". */
    static final Pattern YEARS_FIELD = Pattern.compile("(?iu)^(\\s*\\d{1,2})\\s*An\\(s\\)\\s*-\\s*(?:en\\s+|dans\\s+)?");

    /** The lines with each marker below a value moved behind the value, as the form's other layout writes it. */
    static String[] markersAfterValues(String[] raws) {
        String[] out = raws.clone();
        for (int i = 0; i < out.length; i++) {
            Matcher below = MARKER_BELOW.matcher(out[i]);
            if (!below.matches()) {
                continue;
            }
            int j = nonBlank(out, i - 1, -1);
            if (j >= 0 && !FIELD_MARKER.matcher(out[j]).find()) {
                out[j] = YEARS_FIELD.matcher(out[j]).replaceFirst("$1 ans d'expérience en ") + " - " + below.group(1);
                out[i] = "";
            }
        }
        return out;
    }

    private static final Pattern LICENCE_LABEL = Pattern.compile("(?iu)permis(?:\\s+de\\s+conduire)?|licen[cs]es?|führerschein|permiso|carnet");

    /** The index of the first non-blank line from {@code from} on, going by {@code step} (1 down, -1 up); -1 when none. */
    private static int nonBlank(String[] raws, int from, int step) {
        for (int i = from; i >= 0 && i < raws.length; i += step) {
            if (!raws[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The first non-blank line after {@code index}, stripped. */
    private static String nextLine(String[] raws, int index) {
        int next = nonBlank(raws, index + 1, 1);
        return next < 0 ? "" : raws[next].strip();
    }

    /** The last non-blank line before {@code index}, stripped. */
    private static String previousLine(String[] raws, int index) {
        int previous = nonBlank(raws, index - 1, -1);
        return previous < 0 ? "" : raws[previous].strip();
    }

    /** The stems of a label that groups requirements by kind ("Diplômes :", "Kenntnisse:", "Навыки:", "Experiencia:"), plurals included. */
    static final Pattern SKILL_LABEL = Pattern.compile(
            "(?iu)skills|knowledge|kenntnisse|fähigkeiten|fertigkeiten|compétences|competences|connaissances|qualités|savoir|"
            + "conocimientos|habilidades|competencias|навыки|знания|умения|качества|"
            + "dipl|degree|qualification|qualifikation|abschl|ausbildung|formation|titula|estudios|образован|"
            + "certif|zertifi|licen|permis|führerschein|carnet|experience|expérience|erfahrung|experiencia|опыт");

    /** What the employer offers to grow into ("Formation et évolution", "Weiterbildung und Entwicklung"): no requirement. */
    static final Pattern PROSPECTS = Pattern.compile("(?iu)évolution|evolution|entwicklung|perspectiv|perspektiv|carrière|career|"
            + "karriere|desarrollo|crecimiento|развити|рост|avantage|benefit|vorteil|ventaja");

    /**
     * Whether a label with nothing after its colon opens with the name of a kind of requirement: a degree, a proof, a
     * licence, experience or skills ("Diplômes :", "Kenntnisse:"), and speaks of no prospects. Under a requirement
     * heading it only groups that part's lines.
     */
    static boolean requirementLabel(Cues cues, String line) {
        String label = line.substring(0, line.length() - 1);
        return label.split("\\s+").length <= 5 && SKILL_LABEL.matcher(label.strip()).lookingAt() && !PROSPECTS.matcher(label).find();
    }

    /**
     * Whether a line is a heading without a cue ("Need to know", "Good to know", "Das Wichtigste"):
     * a short line of at most 5 words without a closing stop, not a bullet, right before a bullet.
     * Its bullets are of a kind the layout cannot name (checks, benefits, conditions mixed), so they
     * leave the part before and are read on their own markers, as lines before any heading are. The same short line set
     * off by a blank line above and straight over a paragraph of prose ("Was uns die Entscheidung leichter macht" /
     * "Eine Qualifikation in Thanatopraxie wäre von Vorteil. …") heads that paragraph, which is read the same way.
     */
    static boolean unnamedHeading(String line, boolean bullet, String[] raws, int index) {
        if (bullet || line.matches(".*[.!?,;]$") || line.split("\\s+").length > 5) {
            return false;
        }
        for (int next = index + 1; next < raws.length; next++) {
            if (!raws[next].isBlank()) {
                return BULLET.matcher(raws[next]).find()
                        || next == index + 1 && (index == 0 || raws[index - 1].isBlank()) && prose(raws[next]);
            }
        }
        return false;
    }

    /** A line of running prose: at least 8 words, closed by a stop. */
    private static boolean prose(String raw) {
        String line = raw.strip();
        return line.matches(".*[.!?]$") && line.split("\\s+").length >= 8;
    }

    /**
     * A heading composed of two halves ("Was Sie mitbringen – und was Sie bei uns bekommen", "What you'll bring to the
     * shop floor (and what we'll bring back)"): a dash or a bracket joins them, and the first names the part.
     */
    static final Pattern COMPOSED = Pattern.compile("\\s[–—-]\\s|\\(");
    static final int COMPOSED_WORDS = 15;
    /** A heading's own words, then a cue alone in brackets or after a dash that names its part. */
    static final Pattern TRAILING_ASIDE = Pattern.compile("(?:\\(([^()]+)\\)|\\s[–—-]\\s([^–—-]+))$");
    static final int ASIDE_CUE_WORDS = 4;
    /** The longest line without a colon, over a list, that a nice-to-have cue of three words or more at its start makes a heading. */
    static final int LEADING_CUE_WORDS = 10;

    /** The part named by the longest cue that fits the heading, or null; on a tie the earlier kind of {@link #ORDER}. */
    private static VacancyPart longestCue(Cues cues, Predicate<String> fits) {
        VacancyPart best = null;
        int bestLength = 0;
        for (int i = 0; i < ORDER.length; i++) {
            for (String cue : cues.phrases(ORDER[i])) {
                if (cue.length() > bestLength && fits.test(cue)) {
                    best = PARTS[i];
                    bestLength = cue.length();
                }
            }
        }
        return best;
    }

    /**
     * The part a heading opens, or null when the line is no heading: at most 5 words, or 10 before a colon, or exactly a cue;
     * {@code beforeList}: the next line is a list item, so a longer lead-in line may head that list.
     */
    static VacancyPart heading(Cues cues, String text, boolean colon, boolean beforeList) {
        String folded = Cues.fold(text).strip();
        int words = folded.isEmpty() ? 0 : folded.split(" ").length;
        if (words == 0) {
            return null;
        }
        if (words > (colon ? 10 : 5)) {
            for (int i = 0; i < ORDER.length; i++) {
                if (cues.phrases(ORDER[i]).contains(folded)) {
                    return PARTS[i];
                }
            }
            if (!colon && beforeList && words <= LEADING_CUE_WORDS
                    && cues.phrases(Cues.NICE_HEADING).stream().anyMatch(cue -> cue.split(" ").length >= 3 && (folded + " ").startsWith(cue + " "))) {
                return VacancyPart.NICE; // "It would be great if you also have" over a list; "You will have a full UK driving licence" asks
            }
            Matcher aside = TRAILING_ASIDE.matcher(text.strip());
            if (!colon && beforeList && words <= COMPOSED_WORDS && aside.find()) {
                String said = Cues.fold(aside.group(1) != null ? aside.group(1) : aside.group(2)).strip();
                VacancyPart named = said.split(" ").length > ASIDE_CUE_WORDS ? null : longestCue(cues, said::equals);
                if (named != null) {
                    return named; // "Equipaje de mano extra (se valorará)", "Extras – von Vorteil" over a list
                }
            }
            return colon || words > COMPOSED_WORDS || !COMPOSED.matcher(text).find() ? null
                    : longestCue(cues, cue -> cue.contains(" ") && (folded + " ").startsWith(cue + " ")); // a cue of two words or more it starts with
        }
        return longestCue(cues, cue -> (" " + folded + " ").contains(" " + cue + " "));
    }
}
