package io.resumetailor.resumes.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that name resume sections in English, German, French, Spanish and Russian. A
 * heading is recognised by a key word ("Experience", "Praxiserfahrung", "Expériences
 * professionnelles", "Опыт работы") among at most a few qualifying words, so wording
 * outside a fixed list ("Practical experience", "Relevant work history") still counts.
 */
final class SectionVocabulary {

    private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)");
    private static final Pattern COLON_END = Pattern.compile("[:：]\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?:\\p{L} )+\\p{L}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}&'\\- ]");
    private static final Pattern LONE_DASH = Pattern.compile("(?<=^|\\s)[-']+(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DECORATION = Pattern.compile("^(?:[IVX]{1,4}[.)]\\s+)?[\\p{Punct}\\p{So}\\p{Sk}\\d\\s•●▪■◦‣–—·]*");

    /** Checked in this order: the first section whose key word appears wins. */
    private static final Map<Section, List<String>> KEYS = new LinkedHashMap<>();
    private static final Set<String> NOT_HEADINGS = folded("curriculum vitae", "resume", "résumé", "cv", "lebenslauf",
            "резюме", "hoja de vida", "currículum", "curriculum");

    static {
        KEYS.put(Section.REFERENCES, List.of("references", "reference", "referees", "referenzen", "references professionnelles",
                "referencias", "рекомендации", "рекомендатели"));
        KEYS.put(Section.LANGUAGES, List.of("languages", "language skills", "language", "spoken languages", "sprachen",
                "sprachkenntnisse", "fremdsprachen", "langues", "langues parlees", "competences linguistiques", "idiomas",
                "lenguas", "языки", "знание языков", "владение языками", "иностранные языки", "знание иностранных языков",
                "владение иностранными языками", "языковые навыки"));
        KEYS.put(Section.EDUCATION, List.of("education", "academic", "academics", "studies", "qualifications", "schooling",
                "ausbildung", "bildung", "bildungsweg", "bildungsgang", "studium", "schulbildung", "berufsausbildung", "akademischer werdegang", "formation",
                "titulacion", "titulaciones",
                "formations", "etudes", "diplomes", "titres universitaires", "diplomes universitaires", "parcours academique", "parcours scolaire", "parcours universitaire", "cursus",
                "cursus universitaire", "cursus scolaire", "scolarite", "trayectoria academica", "educacion", "formacion",
                "estudios", "formacion academica", "datos academicos", "antecedentes academicos", "estudios cursados", "estudios realizados", "historial academico",
                "schulische laufbahn", "schulischer werdegang", "schulische ausbildung", "akademische laufbahn", "schulbesuch",
                "образование", "учеба", "обучение", "degrees", "academic degrees", "educational background", "educational information",
                "education and qualifications", "educational qualifications", "enseignement superieur"));
        KEYS.put(Section.EXPERIENCE, List.of("experience", "experiences", "employment", "employments", "work history", "career", "internships", "jobs",
                "nebenjobs", "nebentatigkeiten", "trabajos", "praxis", "berufliche praxis", "beschaftigungsverlauf", "beschaftigungen",
                "berufstatigkeit", "arbeitsverhaltnisse", "historial laboral", "postes occupes", "professional background",
                "employment record", "professional history", "work record", "appointments", "academic appointments", "positions held", "military service",
                "military experience", "beruflicher hintergrund", "historique professionnel", "emplois occupes", "historia laboral",
                "стаж работы", "postes", // "Postes précédents"
                // the position held now, over the past ones: "Current position", "Poste actuel", "Aktuelle Position"
                "current position", "current positions", "present position", "current employment", "current appointment",
                "poste actuel", "puesto actual", "cargo actual", "aktuelle position", "aktuelle tatigkeit", "текущая должность",
                "текущее место работы",
                "internship", "positions", "involvement", "volunteering", "volunteer", "leadership", "activities",
                "research", "berufserfahrung", "erfahrung", "erfahrungen", "praxiserfahrung", "berufliche", "beruflicher werdegang", "werdegang",
                "praktika", "beschaftigung", "taetigkeiten", "tatigkeiten", "tatigkeit", "berufliche tatigkeit", "berufliche tatigkeiten", "stationen", "laufbahn", "berufliche laufbahn",
                "berufslaufbahn", "berufspraxis", "parcours professionnel", "stages", "experiences professionnelles",
                "emplois", "experiencia", "experiencias", "experiencia laboral", "servicio publico", "antecedentes laborales", "antecedentes profesionales", "empleo", "trayectoria", "actividades",
                "опыт", "опыт работы", "трудовая деятельность", "места работы", "карьера", "стажировки",
                "carriere", "karriere")); // "Carrière académique": the posts held
        KEYS.put(Section.SKILLS, List.of("programming languages", "lenguajes de programacion", "langages de programmation",
                "programmiersprachen", "языки программирования", "programming", "programmation", "programmierung",
                "programacion", "программирование", "skills", "skill", "competencies", "competences", "expertise", "technologies",
                "technical", "tools", "proficiencies", "strengths", "stack", "kenntnisse", "fahigkeiten", "kompetenzen",
                "edv", "it-kenntnisse", "edv-kenntnisse", "pc-kenntnisse", "computerkenntnisse", "technologien", "fertigkeiten", "connaissances", "outils", "langages", "logiciels",
                "habilidades", "aptitudes", "competencias", "informatica", "informatique", "ofimatica", "знание пк", "conocimientos", "herramientas", "tecnologias", "lenguajes",
                "abilities", "savoir faire", "savoir-faire", "fortalezas", "starken", "mes forces", "points forts", "сильные стороны",
                "навыки", "умения", "компетенции", "технологии", "стек", "инструменты"));
        KEYS.put(Section.CERTIFICATIONS, List.of("certifications", "certification", "certificates", "certificate", "licenses",
                "licences", "courses", "trainings", "training", "zertifikate", "zertifizierungen", "weiterbildung",
                "weiterbildungen", "fortbildungen", "kurse", "certificats", "certifications professionnelles",
                "certificaciones", "certificados", "cursos", "capacitacion", "capacitaciones", "educacion complementaria",
                "formacion complementaria", "estudios complementarios", "formation complementaire", "formations complementaires", "сертификаты", "курсы", "повышение квалификации", "тренинги"));
        KEYS.put(Section.SUMMARY, List.of("summary", "profile", "about", "about me", "objective", "overview", "introduction",
                "profil", "zusammenfassung", "uber mich", "kurzprofil", "resume", "a propos", "objectif", "perfil",
                "resumen", "sobre mi", "objetivo", "acerca de mi", "о себе", "цель", "профиль", "обо мне", "кратко",
                // "career" alone names the positions held; before these words it qualifies a summary
                "career summary", "career objective", "career objectives", "career profile", "career overview", "career goal",
                "career goals", "objectif de carriere", "objectif professionnel", "objetivo profesional", "objetivos profesionales",
                "summary statement", "personal statement", "professional statement", "statement of purpose"));
        KEYS.put(Section.PROJECTS, List.of("projects", "project", "projekte", "projets", "proyectos", "проекты", "portfolio"));
        KEYS.put(Section.CONTACT, List.of("contact", "contacts", "personal", "personal information", "personal details",
                "personal data", "details", "persönliche daten", "personliche daten", "persönliches", "kontakt", "coordonnees",
                "informations personnelles", "contacto", "datos personales", "antecedentes personales", "informacion personal", "контакты",
                "личная информация", "контактная информация", "личные данные"));
        KEYS.put(Section.OTHER, List.of("awards", "honors", "honours", "bourses", "financements", "achievements", "accomplishments", "publications",
                "interests", "hobbies", "conferences", "workshops", "fellowships", "recognitions", "coursework", "links",
                "memberships", "patents", "talks", "presentations", "additional", "miscellaneous", "extracurricular",
                "auszeichnungen", "interessen", "hobbys", "publikationen", "sonstiges", "prix", "distinctions",
                "centres d'interet", "centre d'interet", "centros de interes", "loisirs", "publications", "divers", "intereses", "logros", "premios", "publicaciones",
                "informacion adicional", "награды", "достижения", "хобби", "увлечения", "интересы", "публикации", "дополнительно",
                "дополнительная информация", "published research", "researches", "research papers", "research publications",
                "scientific publications", "selected publications", "научные публикации", "научные труды", "публикации и доклады",
                "works", "selected works", "published works", "preprints", "prepublications", "prepublicaciones",
                // what a researcher wants to study, not where they worked: "Research Interests", "Intérêts de recherche"
                "research interests", "research interest", "areas of interest", "interets de recherche", "domaines d'interet",
                "thematiques de recherche"));
    }

    /** Last parts of German compound headings (folded), see {@link #compoundHead(String)}. */
    private static final Map<String, Section> COMPOUND_HEADS = Map.ofEntries(
            Map.entry("erfahrung", Section.EXPERIENCE), Map.entry("erfahrungen", Section.EXPERIENCE),
            Map.entry("tatigkeiten", Section.EXPERIENCE), Map.entry("laufbahn", Section.EXPERIENCE),
            Map.entry("werdegang", Section.EXPERIENCE), Map.entry("praktika", Section.EXPERIENCE),
            Map.entry("bildung", Section.EDUCATION), Map.entry("ausbildung", Section.EDUCATION),
            Map.entry("abschlusse", Section.EDUCATION), Map.entry("studium", Section.EDUCATION),
            Map.entry("kenntnisse", Section.SKILLS), Map.entry("fahigkeiten", Section.SKILLS),
            Map.entry("kompetenzen", Section.SKILLS), Map.entry("sprachkenntnisse", Section.LANGUAGES),
            Map.entry("sprachenkenntnisse", Section.LANGUAGES), Map.entry("zertifikate", Section.CERTIFICATIONS),
            Map.entry("weiterbildung", Section.CERTIFICATIONS), Map.entry("weiterbildungen", Section.CERTIFICATIONS),
            Map.entry("fortbildung", Section.CERTIFICATIONS), Map.entry("fortbildungen", Section.CERTIFICATIONS),
            Map.entry("projekte", Section.PROJECTS), Map.entry("interessen", Section.OTHER));

    private static final Set<String> QUALIFIERS = folded("professional", "work", "relevant", "selected", "sélectionnés",
            "sélectionnées", "seleccionados", "ausgewählte", "избранные", "other", "additional",
            "key", "core", "technical", "academic", "and", "&", "of", "my", "history", "background", "summary", "information",
            "practical", "research", "industry", "volunteer", "campus", "on", "teaching", "related", "computer", "soft", "hard",
            "it", "personal", "languages", "info", "infos", "data", "und", "berufliche", "beruflicher", "praktische", "akademische", "weitere",
            "persönliche", "professionnelle", "professionnelles", "et", "complementaires", "autres", "academique", "academiques", "y",
            "profesional", "laboral", "adicional", "otros", "otras", "otra", "otro", "academica", "и", "профессиональный", "профессиональные",
            "ключевые", "технические", "дополнительное", "и", "другие", "de", "du", "des", "la", "le", "les", "en", "el",
            "del", "los", "las", "der", "die", "das", "im", "in", "a", "an", "the", "to", "for", "with", "details",
            "tecnicas", "techniques", "informaticas", "informatiques", "informatique", "informatica", "informaticos", "academicos", "academicas", "areas", "skills", "experience", "education", "known",
            // the trades of teaching and research ("Experiencia docente", "Experiencia en docencia, investigación y asesoría",
            // "Expérience d'enseignement et de recherche", "Lehr- und Forschungserfahrung", "Педагогический опыт")
            "docente", "docencia", "investigacion", "asesoria", "consultoria", "enseignement", "recherche", "d", "lehre", "forschung",
            "педагогический", "преподавательский", "научный", "научно", "педагогической", "преподавательской", "научной",
            // "Liste des publications et travaux", "List of publications", "Список публикаций"
            "liste", "list", "lista", "список", "travaux",
            // when: "Past academic work experience", "Previous employment", "Expériences antérieures", "Bisherige Tätigkeiten"
            "past", "previous", "prior", "former", "earlier", "recent", "anterieure", "anterieures", "precedentes", "passees",
            "precedents", "anterior", "anteriores", "previa", "previas", "bisherige", "bisheriger", "fruhere", "предыдущий", "предыдущие", "прошлый",
            // "Formation suivie", "Langues étrangères", "Langues nationales", "Idiomas extranjeros"
            "suivie", "suivies", "suivi", "etrangere", "etrangeres", "nationales", "vivantes", "extranjeros", "extranjeras",
            // "Formation générale", "Formación general", "Allgemeine Bildung"
            "generale", "generales", "general", "allgemeine", "общее",
            // "Высшее образование", "Estudios superiores", "Formation universitaire", "Enseignement supérieur"
            "высшее", "среднее", "основное", "профессиональное", "специальное", "superior", "superiores", "superieur", "superieure",
            "superieures", "superieurs", "universitaire", "universitaires", "universitario", "universitarios", "universitaria",
            "universitarias", "higher", "university",
            "schule"); // "Schule - Berufsausbildung"

    static {
        KEYS.replaceAll((section, keys) -> keys.stream().map(SectionVocabulary::fold).toList());
    }

    private static Set<String> folded(String... words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            set.add(fold(word));
        }
        return set;
    }

    private SectionVocabulary() {
    }

    private static final Set<String> DANGLING = Set.of("in", "of", "for", "and", "with", "the", "to", "at", "de", "en", "et",
            "für", "und", "von", "mit", "del", "y", "con", "para", "pour", "avec", "и", "в", "по", "с");

    /** Names that are section headings even without any typographic emphasis (not "Leadership" or "Tools"). */
    private static final Set<String> PLAIN = folded("experience", "work experience", "professional experience", "employment",
            "employment history", "work history", "education", "skills", "technical skills", "languages", "summary", "profile",
            "contact", "certifications", "projects", "references", "berufserfahrung", "ausbildung", "kenntnisse", "sprachen",
            "sprachkenntnisse", "profil", "kontakt", "expérience", "expériences", "expérience professionnelle",
            "expériences professionnelles", "formation", "compétences", "langues", "experiencia", "experiencia laboral",
            "experiencia profesional", "educación", "formación", "habilidades", "idiomas", "perfil", "contacto", "опыт работы",
            "образование", "навыки", "языки", "контакты", "о себе");

    /**
     * The text is a key word of the experience ("Stages", "Nebenjobs"), alone or before one word that says which
     * ("Emplois saisonniers", "Trabajos temporales"): the name of a kind of position.
     */
    static boolean experienceKey(String text) {
        String[] words = fold(text).split(" ");
        return words.length <= 2 && KEYS.get(Section.EXPERIENCE).contains(words[0]);
    }

    /** A heading that needs no emphasis: the whole line is one of the plain section names. */
    static boolean plain(String text) {
        return PLAIN.contains(fold(text));
    }

    /** The section a heading's words name, if any: a key word and only qualifying words besides (at most six words). */
    static Optional<Section> section(String text) {
        if (CONTINUED.matcher(text.strip()).lookingAt()) {
            return Optional.empty();
        }
        boolean headline = RoleWords.position(text) || RoleWords.degree(text); // "Estudiante de ingeniería informática": no "Informática"
        return section(text, !headline).or(() -> brokenWord(text, !headline)).or(() -> brokenCapitals(text)).or(() -> dropCap(text, !headline))
                .or(() -> afterIcon(text));
    }

    /** A large first letter drawn apart from its word ("D iplômes et Formations", "C ompétences"). */
    private static final Pattern DROP_CAP = Pattern.compile("(?u)^(\\p{Lu}) (?=\\p{Ll}{2,})");

    private static Optional<Section> dropCap(String text, boolean lastWord) {
        Matcher cap = DROP_CAP.matcher(text.strip());
        return cap.find() ? section(cap.replaceFirst("$1"), lastWord) : Optional.empty();
    }

    /** An icon font's glyph read as a capital before the heading ("C D istinctions", "C L angues"). */
    private static final Pattern ICON_LETTER = Pattern.compile("(?u)^\\p{Lu}\\s+(?=\\p{Lu})");

    /** The heading after a lone capital that an icon font drew: the rest read alone, when it is one. */
    private static Optional<Section> afterIcon(String text) {
        Matcher icon = ICON_LETTER.matcher(text.strip());
        if (!icon.find()) {
            return Optional.empty();
        }
        String rest = text.strip().substring(icon.end());
        return section(rest, false).or(() -> brokenWord(rest, false)).or(() -> dropCap(rest, false));
    }

    /**
     * "BERUFS ERFAHRU NG", "ST U D I U M": a heading in capitals that a design tool's letter
     * spacing broke into pieces anywhere; read again with the pieces joined, as one word.
     */
    private static Optional<Section> brokenCapitals(String text) {
        String strip = text.strip();
        String[] pieces = strip.split("\\s+");
        if (pieces.length < 2 || pieces.length > 8 || !strip.equals(strip.toUpperCase(Locale.ROOT))
                || !strip.matches("(?u)[\\p{L} ]+")) {
            return Optional.empty();
        }
        String joined = String.join("", pieces);
        return section(joined.charAt(0) + joined.substring(1).toLowerCase(Locale.ROOT), false);
    }

    /**
     * "Formación acadé mica": a word the PDF's text layer broke at an accented letter; the
     * heading read again with two neighbouring pieces joined, the second in lower case.
     */
    private static Optional<Section> brokenWord(String text, boolean lastWord) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i + 1].isEmpty() || !Character.isLowerCase(words[i + 1].codePointAt(0)) || words[i + 1].length() > 6) {
                continue;
            }
            List<String> joined = new ArrayList<>(Arrays.asList(words));
            joined.set(i, words[i] + words[i + 1]);
            joined.remove(i + 1);
            Optional<Section> found = section(String.join(" ", joined), lastWord);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** "with certificate": the end of a wrapped phrase, which a joining word in lower case opens, heads nothing. */
    private static final Pattern CONTINUED = Pattern.compile("(?u)(?:with|and|of|in|for|to|on|at|und|mit|et|avec|y|con|de|и|с)\\s");

    /** As {@link #section(String)}, without guessing from a last word alone ("Scientific Research"). */
    static Optional<Section> strictSection(String text) {
        if (CONTINUED.matcher(text.strip()).lookingAt()) {
            return Optional.empty();
        }
        return section(text, false).or(() -> brokenWord(text, false));
    }

    /** German shared compound heads: "Aus- und Weiterbildung" is "Ausbildung und Weiterbildung". */
    private static final Pattern ELLIPTICAL = Pattern.compile(
            "(?iu)(\\p{L}+)-\\s+(und|oder|u\\.|&)\\s+(\\p{L}+)");

    /**
     * "Aus- und Weiterbildung", "Schul- und Berufsausbildung", "Aus- und Fortbildung": the first word
     * shares the second's head, and names the section first (the education, not the further training).
     */
    static String expandElliptical(String text) {
        Matcher m = ELLIPTICAL.matcher(text);
        if (!m.find()) {
            return text;
        }
        String second = fold(m.group(3));
        String head = null;
        for (String candidate : COMPOUND_HEADS.keySet()) {
            if (second.endsWith(candidate) && !second.equals(candidate) && (head == null || candidate.length() > head.length())) {
                head = candidate;
            }
        }
        return head == null ? text : text.substring(0, m.start()) + m.group(1) + head + " " + m.group(2) + " " + m.group(3)
                + text.substring(m.end());
    }

    private static Optional<Section> section(String text, boolean lastWord) {
        String expanded = expandElliptical(text);
        if (!expanded.equals(text)) {
            Optional<Section> first = section(expanded.strip().split("\\s+")[0], lastWord);
            if (first.isPresent()) {
                return first;
            }
        }
        String folded = fold(expanded);
        if (folded.isEmpty() || NOT_HEADINGS.contains(folded)) {
            return Optional.empty();
        }
        String[] words = folded.split(" ");
        if (words.length > 6 || words.length > 1 && text.strip().endsWith(":") && DANGLING.contains(words[words.length - 1])) {
            return Optional.empty(); // "Skill Certificates in:" introduces a list, it heads no section
        }
        if ((" " + folded + " ").matches("(?s).* (?:programming languages|lenguajes de programacion|langages de programmation|"
                + "programmiersprachen|языки программирования) .*")) {
            return Optional.of(Section.SKILLS); // "Programming languages" names skills, not spoken languages
        }
        for (var entry : KEYS.entrySet()) {
            for (String key : entry.getValue()) {
                if (folded.equals(key)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        Section named = null;
        String namedBy = null;
        for (var entry : KEYS.entrySet()) {
            for (String key : entry.getValue()) {
                if (containsPhrase(folded, key) && onlyQualifiers(folded, key)
                        && (namedBy == null || key.length() > namedBy.length() && containsPhrase(key, namedBy)
                        || ACADEMIC_ONLY.contains(namedBy) && !ACADEMIC_ONLY.contains(key) // "Academic Experience" heads jobs
                        || !containsPhrase(namedBy, key) && !containsPhrase(key, namedBy) && joined(folded, key, namedBy)
                        && !entries(named) && !entries(entry.getKey()) && !certifiedAwards(named, entry.getKey()))) {
                    named = entry.getKey(); // "Professional Career Summary": the longer key that holds "career" names it
                    namedBy = key; // "Awards and Aptitudes": of two list sections named, the first
                }
            }
        }
        if (named != null) {
            return Optional.of(named);
        }
        if (SPACED_LETTERS.matcher(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).matches()) {
            String joined = folded.replace(" ", ""); // "E X P É R I E N C E S   P R O F E S S I O N N E L L E S"
            for (var entry : KEYS.entrySet()) {
                for (String key : entry.getValue()) {
                    String bare = key.replace(" ", "");
                    if (bare.length() >= 5 && (joined.startsWith(bare) || joined.endsWith(bare)) && joined.length() <= bare.length() + 16) {
                        return Optional.of(entry.getKey());
                    }
                }
            }
        }
        if (words.length == 1) {
            Optional<Section> head = compoundHead(words[0]);
            if (head.isPresent()) {
                return head;
            }
        }
        if (lastWord && words.length <= 3) {
            for (var entry : KEYS.entrySet()) {
                if (entry.getValue().contains(words[words.length - 1])) {
                    return Optional.of(entry.getKey()); // "Techincal Skills", "Startup experience": the key word ends it
                }
            }
        }
        if (lastWord && words.length >= 2 && words.length <= 5) {
            if (FIRST_WORDS.contains(words[0])) {
                return Optional.of(Section.EXPERIENCE); // "Experiencia Educativa y Formadora": Romance languages put the key word first
            }
        }
        return Optional.empty();
    }

    /**
     * German writes a qualified heading as one word whose last part names the section
     * ("Arbeitserfahrung", "Hochschulausbildung", "Bildungsabschlüsse", "Fremdsprachenkenntnisse"):
     * the longest head word the word ends with, after a modifier of at least three letters.
     */
    private static Optional<Section> compoundHead(String word) {
        Section found = null;
        int length = 0;
        for (var head : COMPOUND_HEADS.entrySet()) {
            if (word.endsWith(head.getKey()) && word.length() >= head.getKey().length() + 3 && head.getKey().length() > length) {
                found = head.getValue();
                length = head.getKey().length();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Words for experience that open a heading whose other words qualify them (adjectives follow
     * the noun in French and Spanish). Not for education: "Formación complementaria" heads courses.
     */
    private static final Set<String> FIRST_WORDS = folded("experience", "experiences", "experiencia", "experiencias", "expérience",
            "expériences", "esperienza", "esperienze", "опыт", "berufserfahrung", "berufserfahrungen", "praxiserfahrung",
            "arbeitserfahrung"); // "Berufserfahrung als Werkstudent"

    /** Education headings that may also head academic honours and teaching ("Antecedentes académicos" after "Educación"). */
    private static final Set<String> ACADEMIC_ONLY = folded("academic", "academics", "antecedentes academicos", "historial academico");

    /**
     * The heading names education only by the word "academic": it heads the education unless an
     * education heading came before it; then it heads academic honours, teaching or projects.
     */
    static boolean academicOnly(String text) {
        String folded = fold(text);
        List<String> keys = KEYS.get(Section.EDUCATION).stream().filter(key -> containsPhrase(folded, key)).toList();
        return !keys.isEmpty() && ACADEMIC_ONLY.containsAll(keys);
    }

    /** The text holds one of the key words of {@code kind} ("Erfahrung und Kenntnisse" names skills too). */
    static boolean names(String text, Section kind) {
        String folded = fold(text);
        return KEYS.get(kind).stream().anyMatch(key -> containsPhrase(folded, key));
    }

    /** Sections of dated entries: named with another ("Курсы и стажировки"), they head it. */
    private static boolean entries(Section section) {
        return section == Section.EXPERIENCE || section == Section.EDUCATION;
    }

    /** "Awards & Certifications": the certificates keep their list, the awards go with them. */
    private static boolean certifiedAwards(Section named, Section first) {
        return named == Section.CERTIFICATIONS && first == Section.OTHER;
    }

    /** "awards and aptitudes": {@code first} comes before {@code second}, joined to it by a conjunction. */
    private static boolean joined(String text, String first, String second) {
        String padded = " " + text + " ";
        int a = padded.indexOf(" " + first + " ");
        int b = padded.indexOf(" " + second + " ");
        return a >= 0 && b > a && padded.substring(a + first.length() + 1, b + 1).matches(" (?:and|und|et|y|e|и|&) ");
    }

    private static boolean containsPhrase(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }

    private static boolean onlyQualifiers(String text, String key) {
        String rest = (" " + text + " ").replace(" " + key + " ", " ");
        for (var keys : KEYS.entrySet()) {
            for (String other : keys.getValue()) {
                if (other.indexOf(' ') > 0 && !entries(keys.getKey())) {
                    rest = rest.replace(" " + other + " ", " "); // "Compétences & Centres d'intérêt": the other key named beside it
                }
            }
        }
        rest = rest.strip();
        if (rest.isEmpty()) {
            return true;
        }
        for (String word : rest.split(" ")) {
            if (!QUALIFIERS.contains(word) && !isKey(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKey(String word) {
        return KEYS.values().stream().anyMatch(keys -> keys.contains(word));
    }

    /** Lower case without accents (Latin letters), numbering, icons, dates in brackets, punctuation or letter-spacing. */
    static String fold(String text) {
        if (text.length() > 120) {
            return text.toLowerCase(Locale.ROOT); // never a heading; not worth normalising
        }
        String t = BRACKETS.matcher(text.replace('’', '\'').replace(" & ", " and ")).replaceAll(" ");
        t = COLON_END.matcher(t).replaceAll("");
        t = DECORATION.matcher(t.strip()).replaceFirst("");
        t = MARKS.matcher(Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        if (SPACED_LETTERS.matcher(t).matches()) {
            t = t.replace(" ", ""); // "e x p e r i e n c e"
        }
        t = LONE_DASH.matcher(NOT_WORD.matcher(t).replaceAll(" ")).replaceAll(" "); // "Schule - Berufsausbildung"
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

}
