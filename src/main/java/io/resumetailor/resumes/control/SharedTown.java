package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A town written after employer and school names without a comma, the same in several entries
 * ("Maredo Steakhouse Stuttgart Mitte", "TÜ8 GmbH Stuttgart Mitte", "Heusteigschule Stuttgart Süd"):
 * a capitalised word that ends two or more names, or stands before at most two last words of
 * each, is the place, not part of the name. One name alone says nothing: "Deutsche Bank
 * Frankfurt" could be a name. A name that would be left as a bare generic word ("Universität
 * Stuttgart", "TU München") keeps its town.
 */
final class SharedTown {

    private static final Pattern WORD = Pattern.compile("(?u)\\p{Lu}[\\p{Ll}\\p{M}]{2,}(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "der", "des", "du", "für", "am", "an", "im", "in", "la",
            "le", "the", "and", "und", "et", "y", "zu", "zum", "zur", "bei", "à", "en", "и", "в");
    /** A name that is nothing but one of these words keeps its town. */
    private static final Pattern GENERIC = Pattern.compile("(?iu)universit[yäeé]t?|universidad|universidade|"
            + "hochschule|fachhochschule|gymnasium|realschule|gesamtschule|grundschule|hauptschule|berufsschule|oberschule|"
            + "college|lycée|collège|école|instituto|colegio|escuela|liceo|klinikum|krankenhaus|stadtwerke|sparkasse|volksbank|"
            + "rathaus|polizei|feuerwehr|stadtverwaltung|landratsamt|amtsgericht|landgericht|bezirksamt|jobcenter|"
            + "agentur|mairie|ayuntamiento|школа|гимназия|лицей|университет|администрация|"
            // "Staatsoper Dresden", "Metallleichtbaukombinat Dresden", "Stadtmuseum Riesa": the house or the works of the town
            + "staatsoper|oper|opernhaus|\\p{L}*theater|schauspielhaus|\\p{L}*museum|\\p{L}*bibliothek|zoo|tierpark|flughafen|"
            + "messe|\\p{L}*kombinat");
    /**
     * Nouns that end the names of research arms and trades ("Microsoft Research", "Apple ML Research", "Nordlicht
     * Engineering"): several employers may share one, and it is no town.
     */
    private static final Pattern NAME_NOUN = Pattern.compile("(?iu)research|recherche|forschung|investigación|investigação|ricerca|"
            + "development|entwicklung|développement|desarrollo|innovation|innovación|engineering|analytics|robotics|health|"
            + "energy|capital|digital|interactive|games|design|marketing|finance|insurance|logistics|security|cloud|data|"
            + "healthcare|pharma|biotech|automotive|aerospace|electronics|telecom|communications|consultants|advisors|"
            + "исследования|разработка");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    /** "Д.И.", "J.", "им.": the word after them is a person's surname ("РХТУ им. Д.И. Менделеева"), not a town. */
    private static final Pattern INITIALS = Pattern.compile("(?u)(?:\\p{Lu}\\.)+|им\\.|имени");

    private SharedTown() {
    }

    static List<ExperienceEntry> cutFromJobs(List<ExperienceEntry> jobs, Set<String> towns) {
        List<ExperienceEntry> out = new ArrayList<>();
        for (ExperienceEntry job : jobs) {
            String company = cut(job.company(), towns);
            out.add(company.equals(job.company()) ? job
                    : new ExperienceEntry(company, job.position(), job.startDate(), job.endDate(), job.description(), job.projects(),
                            job.links()));
        }
        return out;
    }

    static List<EducationEntry> cutFromSchools(List<EducationEntry> schools, Set<String> towns) {
        List<EducationEntry> out = new ArrayList<>();
        for (EducationEntry school : schools) {
            String institution = cut(school.institution(), towns);
            out.add(institution.equals(school.institution()) ? school
                    : new EducationEntry(institution, school.degree(), school.field(), school.startDate(), school.endDate()));
        }
        return out;
    }

    /** The words that end (or stand before the last one or two words of) two or more of the names. */
    static Set<String> towns(List<String> names) {
        Map<String, Set<String>> seen = new HashMap<>();
        Map<String, Set<String>> tails = new HashMap<>();
        Map<String, Set<String>> before = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            String[] words = name.strip().split("\\s+");
            for (int k = Math.max(1, words.length - 3); k < words.length; k++) {
                if (candidate(words, k)) {
                    String tail = String.join(" ", Arrays.copyOfRange(words, k + 1, words.length));
                    seen.computeIfAbsent(words[k], w -> new HashSet<>()).add(name.strip().toLowerCase(Locale.ROOT));
                    tails.computeIfAbsent(words[k], w -> new HashSet<>()).add(tail);
                    before.computeIfAbsent(words[k], w -> new HashSet<>()).add(words[k - 1]);
                    if (RoleWords.organisation(tail) || RoleWords.institution(tail) || RoleWords.position(tail)) {
                        named.add(words[k]); // "North Sanpete School District": the word belongs to a name
                    }
                }
            }
        }
        Set<String> towns = new HashSet<>();
        seen.forEach((word, in) -> {
            Set<String> after = tails.get(word);
            Set<String> ahead = before.get(word);
            boolean phrase = after.size() == 1 && !after.iterator().next().isEmpty() // "Moxie Pest Control", "Proof. Pest Control"
                    // but "Siemens AG München", "BMW AG München"; "Media Markt Dresden", "Media Markt Leipzig" name one chain
                    || ahead.size() == 1 && !TitlePart.LEGAL_FORM.matcher(ahead.iterator().next()).matches();
            if (in.size() >= 2 && !phrase && !named.contains(word)) {
                towns.add(word);
            }
        });
        return towns;
    }

    private static boolean candidate(String[] words, int k) {
        String word = words[k];
        return WORD.matcher(word).matches() && !NAME_NOUN.matcher(word).matches() && !CONNECTORS.contains(words[k - 1].toLowerCase(Locale.ROOT))
                && !INITIALS.matcher(words[k - 1]).matches()
                && !RoleWords.organisation(word) && !RoleWords.position(word) && !RoleWords.institution(word)
                && !RoleWords.degree(word);
    }

    static String cut(String name, Set<String> towns) {
        if (name == null || towns.isEmpty()) {
            return name;
        }
        String[] words = name.strip().split("\\s+");
        for (int k = Math.max(1, words.length - 3); k < words.length; k++) {
            if (towns.contains(words[k]) && candidate(words, k)) {
                String kept = String.join(" ", Arrays.copyOfRange(words, 0, k)).replaceAll("[\\s,;–—-]+$", "");
                boolean bare = !kept.contains(" ") && (GENERIC.matcher(kept).matches() || ACRONYM.matcher(kept).matches());
                return kept.isEmpty() || bare ? name : kept;
            }
        }
        return name;
    }
}
