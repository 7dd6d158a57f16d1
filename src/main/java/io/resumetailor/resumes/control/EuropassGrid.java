package io.resumetailor.resumes.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-assessment grids of the Europass CV, the template much of Europe writes its
 * resumes in: the language grid ("Mother tongue(s) | Español", "UNDERSTANDING SPEAKING
 * WRITING", "English | B2 B2 B2 B1 B2") and the digital skills grid ("Information
 * processing", "Proficient user"). Their labels are the template's, in English, German,
 * French and Spanish, and name no skill of the person; the languages and levels in the
 * language grid are the person's.
 */
final class EuropassGrid {

    private static final Pattern LABEL = Pattern.compile("(?iu)(?:mother\\s+tongue\\(?s?\\)?|foreign\\s+language\\(?s?\\)?|"
            + "other\\s+language\\(?s?\\)?|understanding|speaking|writing|listening|reading|spoken\\s+interaction|"
            + "spoken\\s+production|digital\\s+(?:skills|competence)|self-assessment|information(?:\\s+processing)?|processing|"
            + "communication|content(?:\\s+creation)?|creation|safety|problem-?(?:\\s*solving)?|solving|"
            + "(?:proficient|independent|basic)\\s+user|"
            + "muttersprache\\(?n?\\)?|weitere\\s+sprache\\(?n?\\)?|verstehen|sprechen|schreiben|hören|lesen|"
            + "an\\s+gesprächen\\s+teilnehmen|zusammenhängendes\\s+sprechen|digitale\\s+kompetenz|selbstbeurteilung|"
            + "informationsverarbeitung|kommunikation|erstellung\\s+von\\s+inhalten|sicherheit|problemlösung|"
            + "(?:elementare|selbstständige|kompetente)\\s+sprachverwendung|"
            + "langue\\(?s?\\)?\\s+maternelle\\(?s?\\)?|autre\\(?s?\\)?\\s+langue\\(?s?\\)?|comprendre|parler|écrire|écouter|lire|"
            + "prendre\\s+part\\s+à\\s+une\\s+conversation|s[’']exprimer\\s+oralement\\s+en\\s+continu|compétences\\s+numériques|"
            + "auto-?évaluation|traitement\\s+de\\s+l[’']information|création\\s+de\\s+contenu|sécurité|résolution\\s+de\\s+problèmes|"
            + "utilisateur\\s+(?:expérimenté|indépendant|élémentaire)|"
            + "lengua\\(?s?\\)?\\s+materna\\(?s?\\)?|otro\\(?s?\\)?\\s+idioma\\(?s?\\)?|comprender|hablar|expresión\\s+(?:escrita|oral)|"
            + "comprensión\\s+auditiva|lectura|interacción\\s+oral|competencia\\s+digital|autoevaluación|"
            + "procesamiento\\s+de\\s+la\\s+información|comunicación|creación\\s+de\\s+contenidos?|seguridad|"
            + "resolución\\s+de\\s+problemas|usuario\\s+(?:competente|independiente|básico)|"
            + "[abc][12])");
    private static final Pattern FOOTNOTE = Pattern.compile("(?iu)^(?:levels?|niveaux?|niveles?|stufen?|niveau)\\s*:|"
            + "common\\s+european\\s+framework|gemeinsamer\\s+europäischer\\s+referenzrahmen|cadre\\s+européen\\s+commun|"
            + "marco\\s+común\\s+europeo|self-assessment\\s+grid|raster\\s+zur\\s+selbstbeurteilung|grille\\s+d[’']autoévaluation|"
            + "tabla\\s+de\\s+autoevaluación");
    private static final Pattern MOTHER_TONGUE = Pattern.compile("(?iu)^(?:mother\\s+tongue\\(?s?\\)?|muttersprache\\(?n?\\)?|"
            + "langue\\(?s?\\)?\\s+maternelle\\(?s?\\)?|lengua\\(?s?\\)?\\s+materna\\(?s?\\)?)$");
    private static final Pattern CEFR = Pattern.compile("(?i)(?<![\\p{L}\\d])[abc][12](?![\\p{L}\\d])");

    /** Words only the grid prints: where none is, "Communication" or "Reading" on a line of their own may be skills. */
    private static final Pattern MARK = Pattern.compile("(?iu)mother\\s+tongue|foreign\\s+language\\(s\\)|spoken\\s+interaction|"
            + "self-assessment|(?:proficient|independent)\\s+user|muttersprache\\(n\\)|an\\s+gesprächen\\s+teilnehmen|"
            + "selbstbeurteilung|langue\\(s\\)\\s+maternelle|prendre\\s+part\\s+à\\s+une\\s+conversation|autoévaluation|"
            + "lengua\\(s\\)\\s+materna|interacción\\s+oral|autoevaluación");

    private EuropassGrid() {
    }

    /** The lines show a Europass grid. */
    static boolean in(List<ResumeLine> lines) {
        return lines.stream().anyMatch(line -> MARK.matcher(line.text()).find());
    }

    /** The line holds nothing but the grid's labels, levels and separators, or its footnote. */
    static boolean furniture(String text) {
        if (FOOTNOTE.matcher(text.strip()).find()) {
            return true;
        }
        String rest = LABEL.matcher(text).replaceAll(" ").replaceAll("[\\s|‖/,;:.()–—-]+", "");
        return rest.isEmpty() && !text.isBlank();
    }

    /** "Mother tongue(s)" as the first cell of a row: the languages in the other cells are native. */
    static boolean motherTongue(String cell) {
        return MOTHER_TONGUE.matcher(cell.strip()).matches();
    }

    /**
     * The level of a language row of the grid ("English | B2 B2 B2 B1 B2"): the grade given
     * most often, the first of equals; empty when the cells hold anything but grades.
     */
    static Optional<String> rowLevel(String cells) {
        if (!CEFR.matcher(cells).replaceAll("").replaceAll("[\\s|‖]+", "").isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CEFR.matcher(cells);
        while (m.find()) {
            counts.merge(m.group().toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
