package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Requirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a requirement can be stated, read from its text for one language: its
 * alternatives ("critical care or intensive care", "Java/Kotlin"), an acronym defined in it
 * ("Advanced Life Support (ALS)": the long form or the acronym), and for each alternative
 * examples in parentheses ("warehouse system (SAP EWM / SAP WM)": the system or either
 * example), the parts of a requirement that joins several things ("Zahlungsverkehr und
 * Mahnwesen": either part, if it has two content words or names a concept, is partial
 * evidence the labels of our set count as evidence), and for each alternative the lexicon concepts it names and its content stems (filler such as "experience" or
 * "strong" dropped). A concept named by one of its several products ("Revit" of CAD tools) is met by
 * that product or by a general name of the concept, not by a sibling product ("AutoCAD"; {@link Lexicon#isSpecificName}). A requirement that is no more than a lexicon concept is also met by any
 * name of the concept, in any language.
 */
record RequirementForms(Requirement requirement, String concept, boolean conceptAlone, List<Form> alternatives,
                        List<CredentialGrade> grades) {

    /** The grades of certificates, licences and qualifications the requirement asks ({@link CredentialGrade}), read once. */
    RequirementForms(Requirement requirement, String concept, boolean conceptAlone, List<Form> alternatives) {
        this(requirement, concept, conceptAlone, alternatives, CredentialGrade.read(requirement.text()));
    }

    /**
     * The stems of the name by which the form names the requirement's own concept: "Grado en Química"
     * is no more than a degree only if "Química" is part of the degree's name, not when it names a
     * second concept (the subject). All concept stems when the form does not name that concept.
     */
    static Set<String> ownStems(Form form, String concept) {
        List<String> own = concept == null ? null : form.names().get(concept);
        return own == null ? form.conceptStems() : new LinkedHashSet<>(own);
    }

    /** A parenthesis that gives examples or details: "(SAP EWM / SAP WM)", "(mindestens B2)"; each part is an alternative. */
    static final Pattern ASIDE = Pattern.compile("\\(([^()]{2,80})\\)");
    /**
     * What a licence is asked for ("permis B pour les déplacements entre sites", "Führerschein Klasse B für Fahrten zu
     * Kunden", "carnet B para desplazamientos", "права категории B для поездок"): the purpose is no part of the licence,
     * and a resume that holds it need not say what it drives to.
     */
    static final Pattern PURPOSE = Pattern.compile(
            "(?iu)\\s(?:pour\\s+(?:les|la|le|l'|des|vos|nos|se)|afin\\s+de|for\\s+(?:the|our|your|travel|visits|site)|to\\s+(?:travel|visit|drive|reach)"
            + "|für\\s+(?:die|den|das|fahrten|dienstfahrten|einsätze)|um\\s|para\\s+(?:los|las|el|la|desplaz|visitar|trasladarse)|для\\s)");
    /** Language levels (B2, C1+) say how well, not what: they are no content. */
    static final Pattern LEVEL = Pattern.compile("(?<![\\p{L}\\d])[ABC][12]\\+?(?![\\p{L}\\d])");
    /** The parts of a requirement that joins several things ("Zahlungsverkehr und Mahnwesen"); any one is partial evidence. */
    static final Pattern AND_SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bи\\b|\\bsowie\\b)\\s*");
    static final Pattern ACRONYM = Pattern.compile("\\(([A-ZА-Я][A-ZА-Я0-9]{1,6})\\)");
    static final Pattern OR_SPLIT = Pattern.compile("(?iu)\\s*(?:/|\\band/or\\b|\\bund/oder\\b|\\bet/ou\\b|\\by/o\\b|\\bor\\b|\\boder\\b|\\bou\\b|\\bo\\b|\\bu\\b|\\bили\\b|\\bлибо\\b|\\bbzw\\.)\\s*");

    /**
     * One alternative: the concepts it names, the stems of those names, its content stems, and
     * the acronyms its runs of words make with the content stems each stands for
     * ("коммерческих предложений": {@code _кп}), so that a resume that writes only the acronym still states them,
     * for each concept the stems of the name it is named by (the longest: "mechanical ventilation"),
     * whether one is named by a product's own name ({@link Lexicon.Found#product}), and the content stems
     * written only in parentheses ("Geselle" of "Ausbildung als Maler (Geselle)"), which do not name a
     * degree's subject when words outside them do ({@link EvidenceFinder#subject}).
     */
    record Form(String text, Set<String> concepts, Set<String> conceptStems, List<String> content,
                Map<String, Set<String>> acronyms, Map<String, List<String>> products, Map<String, List<String>> names,
                boolean namesProduct, Set<String> asideOnly, Set<String> objects, Map<String, String> heads, Reading reading) {

        Form(String text, Set<String> concepts, Set<String> conceptStems, List<String> content,
             Map<String, Set<String>> acronyms, Map<String, List<String>> products, Map<String, List<String>> names,
             boolean namesProduct, Set<String> asideOnly, Set<String> objects, Map<String, String> heads) {
            this(text, concepts, conceptStems, content, acronyms, products, names, namesProduct, asideOnly, objects, heads,
                    Reading.of(text, concepts, conceptStems, content, asideOnly, objects, heads));
        }

        /** The word {@code stem} belongs to ({@link #heads}): a compound's own first part is the compound's word. */
        String head(String stem) {
            return heads.getOrDefault(stem, stem);
        }

        boolean isEmpty() {
            return concepts.isEmpty() && content.isEmpty();
        }
    }

    /**
     * What {@link EvidenceFinder} asks of an alternative for every resume line, read once from its
     * text: the content stems besides its concepts' names, whether they name a degree's subject and
     * which of them do ({@link EvidenceFinder#hasSubject}, {@link EvidenceFinder#subject}), whether it
     * asks a rank ({@link EvidenceFinder#rankMet}), whether it asks nothing but knowing languages, and whether it asks
     * being bilingual in the languages it names ({@link #BILINGUAL}).
     */
    record Reading(List<String> rest, boolean subject, List<String> subjectStems, boolean asksRank, boolean languageOnly,
                   boolean bilingual, boolean objectAsked, int words) {

        static Reading of(String text, Set<String> concepts, Set<String> conceptStems, List<String> content, Set<String> asideOnly,
                          Set<String> objects, Map<String, String> heads) {
            List<String> rest = content.stream().filter(stem -> !conceptStems.contains(stem)).toList();
            boolean subject = EvidenceFinder.hasSubject(text, concepts, rest);
            return new Reading(rest, subject, subject ? EvidenceFinder.subject(text, asideOnly, rest) : rest,
                    Cues.standard().in(Cues.SENIORITY, text),
                    !concepts.isEmpty() && concepts.stream().allMatch(EvidenceFinder::isLanguage)
                            && (LanguageLevel.asked(text) > 0 || !EvidenceFinder.TEACHING.matcher(text).find()),
                    RequirementForms.bilingual(text, concepts), rest.size() == 1 && objects.containsAll(rest),
                    (int) content.stream().map(stem -> heads.getOrDefault(stem, stem)).distinct().count());
        }
    }

    /**
     * "Bilingual English/Spanish", "zweisprachig Deutsch/Französisch", "bilingüe español/inglés": both languages are
     * asked, not either, so the slash is no choice. The language a resume is written in it shows by being written
     * ({@link EvidenceFinder#evidences}); "English (Native)" alone does not meet it in an English resume.
     */
    static final Pattern BILINGUAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:bilingual|bilingue|bilingüe|zweisprachig\\p{L}*|двуязычн\\p{L}*)(?![\\p{L}])");

    static boolean bilingual(String text, Set<String> concepts) {
        return concepts.size() >= 2 && concepts.stream().allMatch(EvidenceFinder::isLanguage) && BILINGUAL.matcher(text).find();
    }

    static RequirementForms of(Requirement requirement, Language language, Lexicon lexicon) {
        List<String> texts = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean education = EDUCATION.equals(requirement.kind());
        List<String> written = new ArrayList<>(acronymVariants(GENDER.matcher(requirement.text()).replaceAll("")));
        Matcher aside = ASIDE.matcher(written.get(0));
        if (written.size() == 1 && aside.find() && (!education || asidesAreDegrees(written.get(0), language, lexicon))) {
            written.set(0, ASIDE.matcher(written.get(0)).replaceAll(" ").strip());
            aside.reset();
            while (aside.find()) {
                for (String example : aside.group(1).split("[,;/]")) {
                    written.add(example.strip());
                }
            }
        }
        for (String variant : written) {
            texts.add(variant);
            if (OR_SPLIT.matcher(variant).find() && !(BILINGUAL.matcher(variant).find()
                    && bilingual(variant, form(variant, language, lexicon).concepts()))) {
                List<String> items = new ArrayList<>();
                for (String part : OR_SPLIT.split(variant)) {
                    items.addAll(List.of(part.split(",")));
                }
                List<String> shared = education ? withSharedHead(withSharedSubject(items, language, lexicon), language, lexicon)
                        : withSharedSubject(items, language, lexicon);
                texts.addAll(shared);
                if (!shared.equals(items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList())) {
                    continue;
                }
            }
            for (String part : AND_SPLIT.split(variant)) {
                if (!part.equals(variant)) {
                    parts.add(part);
                }
            }
        }
        List<Form> forms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String text : texts) {
            if (!text.isBlank() && seen.add(text.strip())) {
                Form form = form(text, language, lexicon);
                if (!form.isEmpty()) {
                    forms.add(form);
                }
            }
        }
        for (String part : parts) {
            if (!part.isBlank() && seen.add(part.strip())) {
                Form form = form(part, language, lexicon);
                if (!form.concepts().isEmpty() || form.content().size() >= 2) {
                    forms.add(form);
                }
            }
        }
        boolean alone = !forms.isEmpty() && forms.get(0).content().stream().allMatch(ownStems(forms.get(0), requirement.concept())::contains)
                && !forms.get(0).reading().bilingual();
        return new RequirementForms(requirement, requirement.concept(), alone, forms);
    }

    static final String EDUCATION = "education";

    /**
     * Gender endings written into job names ("Dachdecker/in", "Erzieher*in", "Público/a",
     * "topógrafo(a)", "anerkannte*r"): the same job, not an alternative "in" or "a" to split off.
     * Only in lower case, so that "Klasse C/E" keeps its classes.
     */
    static final Pattern GENDER = Pattern.compile("(?u)(?<=\\p{Ll})(?:/(?:a|e|in|innen|-in|ne|se|euse|rice|ка|ца)|[·:*_](?:e|in|innen|r|se|euse|rice|ne)|\\((?:e|in|ne|se|a)\\))(?![\\p{L}])");

    /**
     * Whether the parentheses of an education requirement list degrees of their own, each with a
     * subject ("(BTS Banque, licence pro banque-assurance)"), which are alternatives. Otherwise
     * they only qualify the degree before them: its level ("Kindheitspädagogin (B.A.)"), its grade
     * ("Dachdecker (Geselle)"), its specialty ("высшее образование (техносферная безопасность)"),
     * and stay part of it; on their own they would be met by any degree of that level or any
     * specialty's training.
     */
    static boolean asidesAreDegrees(String text, Language language, Lexicon lexicon) {
        Matcher aside = ASIDE.matcher(text);
        while (aside.find()) {
            for (String part : aside.group(1).split("[,;/]")) {
                if (!part.isBlank() && !(isEducation(part.strip(), language, lexicon) && saysMoreThanDegree(part, language, lexicon))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a degree's name says what it is in besides its level: a subject or a school's specialty. */
    static boolean saysMoreThanDegree(String text, Language language, Lexicon lexicon) {
        Form form = form(text, language, lexicon);
        Set<String> degree = new LinkedHashSet<>();
        form.names().forEach((id, stems) -> {
            Concept concept = lexicon.concept(id);
            if (concept != null && EDUCATION.equals(concept.kind())) {
                degree.addAll(stems);
            }
        });
        return form.content().stream().anyMatch(stem -> !degree.contains(stem)
                && !Cues.standard().phrases(Cues.EDUCATION_WORD).contains(Cues.fold(stem)));
    }

    /** The words that join a degree or training to what it is in: "Ausbildung als", "degree in", "diplôme de", "título en", "образование по". */
    static final Pattern HEAD = Pattern.compile("(?iu)\\s(?:als|as|in|im|of|comme|en tant que|en|de|del|como|по|в)\\s");
    static final int SHORT_ITEM = 3;

    /**
     * Alternatives of an education requirement that share the first one's degree: in
     * "Ausbildung als Tierwirt oder Landwirt" or "Bachelier en chimie, biochimie ou biotechnologie"
     * each later item is another subject of the same degree, so it is met by that degree in that
     * subject, not by anything that names the subject. Given only to short items (up to
     * {@value #SHORT_ITEM} words) that are no degree of their own and say something ("or a related
     * field", "oder vergleichbar" say nothing and stay nothing), after a head that is one.
     */
    static List<String> withSharedHead(List<String> items, Language language, Lexicon lexicon) {
        if (items.size() < 2) {
            return items;
        }
        Matcher link = HEAD.matcher(items.get(0));
        String head = null;
        while (link.find()) {
            if (isEducation(items.get(0).substring(0, link.start()).strip(), language, lexicon)) {
                head = items.get(0).substring(0, link.end());
                break;
            }
        }
        if (head == null) {
            return items;
        }
        List<String> shared = new ArrayList<>();
        shared.add(items.get(0));
        for (String item : items.subList(1, items.size())) {
            boolean subject = item.split("\\s+").length <= SHORT_ITEM && !isEducation(item, language, lexicon)
                    && !form(item, language, lexicon).content().isEmpty()
                    && lexicon.find(lexicon.analysis().analyze(item, language), language).stream()
                    .noneMatch(one -> EDUCATION.equals(one.concept().kind()));
            shared.add(subject ? head + item : item);
        }
        return shared;
    }

    /** The subject a degree's name takes: "of Physiotherapy", "en droit", "in Informatik", "по направлению ...". */
    static final Pattern SUBJECT = Pattern.compile("(?iu)^(\\S+(?:\\s\\S+)?)\\s+((?:of|in|im|für|en|de|del|по|в)\\s+.+)$");

    /**
     * Alternatives of a degree that share the last one's subject: in "Bachelor, Master or Doctor of
     * Physiotherapy" or "Licence ou Master en droit" each degree is of that subject, so a bachelor's
     * in another field does not meet it. The subject is given to the earlier items only when each of
     * them is a degree or training on its own (an education word or concept of one or two words).
     */
    static List<String> withSharedSubject(List<String> items, Language language, Lexicon lexicon) {
        List<String> stripped = items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
        if (stripped.size() < 2) {
            return stripped;
        }
        Matcher subject = SUBJECT.matcher(stripped.get(stripped.size() - 1));
        if (!subject.matches()) {
            return stripped;
        }
        List<String> shared = new ArrayList<>();
        for (String item : stripped.subList(0, stripped.size() - 1)) {
            if (item.split("\\s+").length > 2 || !isEducation(item, language, lexicon)) {
                return stripped;
            }
            shared.add(item + " " + subject.group(2));
        }
        shared.add(stripped.get(stripped.size() - 1));
        return shared;
    }

    static boolean isEducation(String item, Language language, Lexicon lexicon) {
        if (Cues.standard().phrases(Cues.EDUCATION_WORD).contains(Cues.fold(item).strip())) {
            return true;
        }
        List<Lexicon.Found> found = lexicon.find(lexicon.analysis().analyze(item, language), language);
        return !found.isEmpty() && found.stream().allMatch(one -> "education".equals(one.concept().kind()));
    }

    static Form form(String text, Language language, Lexicon lexicon) {
        AnalyzedText analyzed = lexicon.analysis().analyze(LEVEL.matcher(text).replaceAll(" "), language);
        Set<String> concepts = new LinkedHashSet<>();
        Set<String> conceptStems = new LinkedHashSet<>();
        List<String> content = analyzed.terms().stream().filter(stem -> !lexicon.isFiller(stem, language)).distinct().toList();
        Map<String, List<String>> products = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        boolean product = false;
        List<Lexicon.Found> named = lexicon.find(analyzed, language);
        for (Lexicon.Found found : named) {
            if (isQuality(found) && content.stream().filter(stem -> !found.stems().contains(stem)).count() >= 2) {
                continue;
            }
            if (lexicon.isSpecificName(found, language)) {
                products.putIfAbsent(found.concept().id(), found.stems());
            }
            concepts.add(found.concept().id());
            conceptStems.addAll(found.stems());
            names.putIfAbsent(found.concept().id(), found.stems());
            product |= found.product();
        }

        Map<String, Set<String>> acronyms = new LinkedHashMap<>();
        for (Initials.Run run : Initials.runs(text, false)) {
            Set<String> stems = new LinkedHashSet<>(lexicon.analysis().analyze(String.join(" ", run.words()), language).terms());
            stems.retainAll(content);
            if (stems.size() >= 2 && !content.contains(run.acronym())) {
                acronyms.putIfAbsent(run.acronym(), stems);
            }
        }
        Matcher purpose = PURPOSE.matcher(text);
        if (purpose.find() && named.stream().anyMatch(found -> "licence".equals(found.concept().kind()))) {
            Set<String> head = lexicon.analysis().analyze(text.substring(0, purpose.start()), language).termSet();
            Set<String> tail = lexicon.analysis().analyze(text.substring(purpose.start()), language).termSet();
            content = content.stream().filter(stem -> head.contains(stem) || conceptStems.contains(stem) || !tail.contains(stem)).toList();
        }
        content = withoutProductNoun(text, content, conceptStems, language, lexicon);
        Set<String> asideOnly = new LinkedHashSet<>();
        if (ASIDE.matcher(text).find()) {
            Set<String> outside = lexicon.analysis().analyze(ASIDE.matcher(text).replaceAll(" "), language).termSet();
            content.stream().filter(stem -> !outside.contains(stem)).forEach(asideOnly::add);
        }
        return new Form(text.strip(), concepts, conceptStems, content, acronyms, products, names, product, asideOnly,
                objects(text, analyzed, named, conceptStems, content, language), heads(analyzed, content));
    }

    /** "logiciel Hektor", "программы iiko", "matériel Claas": the kind of thing a product is, in lower case, before its own name. */
    private static final Pattern NOUN_THEN_NAME = Pattern.compile("(?u)(?<![\\p{L}])(software|program|programme|application|tool|"
            + "platform|logiciel|progiciel|outil|plateforme|programa|herramienta|aplicación|aplicacion|plataforma|программа|"
            + "программы|программе|программой|программу|платформа|платформы|платформе|платформой|"
            + "equipment|machinery|matériel|matériels|maquinaria|equipos|техника|техники|технике|техникой|технику)\\s+[«\"“„]?"
            + "(\\p{Lu}[\\p{L}\\d.+-]*|\\p{IsLatin}[\\p{L}\\d.+-]*)");
    /** "DATEV-Software", "SAP system": a name in capitals or joined by a hyphen, then the kind of thing it is. */
    private static final Pattern NAME_THEN_NOUN = Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}{2,}[\\d+]*\\s+|\\p{Lu}[\\p{L}\\d.+]*-)"
            + "((?iu:software|program|programme|application|tool|platform|programm|anwendung|system))(?![\\p{L}])");

    /**
     * The content without the generic noun before or after a product's own name: "maîtrise du logiciel Hektor" is shown by
     * "Gestion du portefeuille sur Hektor", "знание программы iiko" by "заявки на сырьё в iiko"; a resume names the
     * product, seldom the word for what it is. The noun is in lower case and the name after it capitalised (in Russian:
     * any Latin word), or the name is in capitals or hyphenated before it; a name the lexicon knows, a title in Title
     * Case ("Program Management") and the stems of a concept found keep the noun. When the noun is all there is besides
     * the name's stems, it stays.
     */
    static List<String> withoutProductNoun(String text, List<String> content, Set<String> conceptStems, Language language,
                                           Lexicon lexicon) {
        Set<String> generic = new HashSet<>();
        Matcher before = NOUN_THEN_NAME.matcher(text);
        while (before.find()) {
            String name = before.group(2);
            boolean latin = name.codePoints().allMatch(c -> !Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            if ((Character.isUpperCase(name.codePointAt(0)) || language == Language.RU && latin) && unknown(name, conceptStems, language, lexicon)) {
                generic.addAll(lexicon.analysis().analyze(before.group(1), language).terms());
            }
        }
        Matcher after = NAME_THEN_NOUN.matcher(text);
        while (after.find()) {
            if (unknown(after.group(1).replaceAll("[\\s-]+$", ""), conceptStems, language, lexicon)) {
                generic.addAll(lexicon.analysis().analyze(after.group(2), language).terms());
            }
        }
        generic.removeAll(conceptStems);
        if (generic.isEmpty() || content.stream().allMatch(generic::contains)) {
            return content;
        }
        return content.stream().filter(stem -> !generic.contains(stem)).toList();
    }

    /** A name none of whose stems belong to a concept the requirement names. */
    private static boolean unknown(String name, Set<String> conceptStems, Language language, Lexicon lexicon) {
        return lexicon.analysis().analyze(name, language).terms().stream().noneMatch(conceptStems::contains);
    }

    /**
     * The content stems that say what a skill is done to, joined to its name by a linking word: "maintenance
     * d'ascenseurs", "Wartung von Aufzügen", "maintenance of lifts", "mantenimiento de ascensores", or in Russian by the
     * genitive alone ("ремонт лифтов"). A line that names the skill for other things ("maintenance de portes
     * automatiques") does not show it, so such a word is asked even when it is the only one besides the name
     * ({@link Reading#objectAsked}). Only for skills: beside a tool or a product the other word says little, and a word
     * before the name is an action or a modifier ("проведение инвентаризаций", "writing knowledge base articles").
     */
    static Set<String> objects(String text, AnalyzedText analyzed, List<Lexicon.Found> found, Set<String> conceptStems,
                               List<String> content, Language language) {
        Set<String> objects = new LinkedHashSet<>();
        for (Lexicon.Found one : found) {
            if (!"skill".equals(one.concept().kind())) {
                continue;
            }
            int first = Integer.MAX_VALUE;
            int last = -1; // the index of the name's last word
            for (int i = 0; i < analyzed.terms().size(); i++) {
                if (one.stems().contains(analyzed.terms().get(i))) {
                    first = Math.min(first, analyzed.positions()[i]);
                    last = last < 0 || analyzed.positions()[i] > analyzed.positions()[last] ? i : last;
                }
            }
            // the name in one piece: "recogidos y peinados de fiesta" names "peinados recogidos" across a coordination,
            // and what follows belongs to the second item, not to the skill
            if (last < 0 || analyzed.words().get(last).isEmpty()
                    || analyzed.positions()[last] - first >= new HashSet<>(one.stems()).size()) {
                continue;
            }
            for (int i = last + 1; i < analyzed.terms().size() && analyzed.positions()[i] <= analyzed.positions()[last] + 2; i++) {
                String stem = analyzed.terms().get(i);
                String word = ELISION.matcher(analyzed.words().get(i)).replaceFirst(""); // "d'ascenseurs"
                if (content.contains(stem) && !conceptStems.contains(stem) && !word.isEmpty() && word.chars().allMatch(Character::isLetter)
                        && Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(analyzed.words().get(last))
                                + (language == Language.RU ? "\\s+(?:по\\s+)?" : OBJECT_LINK) + Pattern.quote(word) + "(?![\\p{L}])")
                        .matcher(text).find()) {
                    objects.add(stem);
                }
            }
        }
        return objects;
    }

    private static final Pattern ELISION = Pattern.compile("^\\p{L}{1,2}['’]");
    /** The linking words between a skill's name and what it is done to. */
    private static final String OBJECT_LINK = "\\s+(?:of\\s+(?:the\\s+)?|von\\s+|vom\\s+|der\\s+|des\\s+|"
            + "de\\s+(?:la\\s+|l['’]|los\\s+|las\\s+)?|d['’]\\s*|des\\s+|du\\s+|del\\s+)";

    /**
     * Whether a concept is a personal quality (the lexicon's soft-skills family): in a phrase
     * that says more ("опыт самостоятельной подготовки деклараций", "communicate findings to
     * stakeholders") it says how the work is done, not what it is, so it is read as words
     * and not as a concept every line must name.
     */
    static boolean isQuality(Lexicon.Found found) {
        return MatchScorer.GENERIC_FAMILY.equals(found.concept().family());
    }

    /**
     * The same forms for a resume in another language: each content stem of the requirement's own
     * language becomes its {@link Glossary} token where the glossary knows it ("Kunden" meets
     * "customers"). Stems it does not know are left out when it knows others (a word of another
     * language the resume cannot contain, "Ведение отчётности" is judged by "отчётность"), kept
     * when it knows none (product names, acronyms); concepts are language-neutral already, and an
     * alternative that names one is also read without it, by its words, since a resume in another
     * language may say the same thing in words the lexicon does not hold; not one that names a
     * product by its own name ("Sage", "Excel"): a resume in any language names it so, and the words
     * around it ("logiciel", "software") are generic head words ("application" shares their key)
     * that on their own evidence no product.
     */
    RequirementForms bridged(Language own, Glossary glossary) {
        List<Form> bridged = new ArrayList<>();
        for (Form form : alternatives) {
            List<String> content = bridge(form.content(), own, glossary);
            Map<String, Set<String>> acronyms = new LinkedHashMap<>();
            form.acronyms().forEach((acronym, words) -> acronyms.put(acronym, new LinkedHashSet<>(bridge(words, own, glossary))));
            bridged.add(new Form(form.text(), form.concepts(), new LinkedHashSet<>(bridge(form.conceptStems(), own, glossary)),
                    content, acronyms, form.products(), Map.of(), form.namesProduct(),
                    new LinkedHashSet<>(bridge(form.asideOnly(), own, glossary)), new LinkedHashSet<>(bridge(form.objects(), own, glossary)),
                    prefixHeads(content)));
            if (!form.concepts().isEmpty() && content.stream().anyMatch(stem -> stem.startsWith(Glossary.MARK))
                    && !form.namesProduct()) {
                bridged.add(new Form(form.text(), Set.of(), Set.of(), content, acronyms, Map.of(), Map.of(), false, Set.of(), Set.of(),
                        prefixHeads(content)));
            }
        }
        return new RequirementForms(requirement, concept, conceptAlone, bridged);
    }

    /**
     * Which of the content stems are a compound's own first part, and the compound's stem they belong to: "berat" and
     * "beratungsgesprach", both cut from "Beratungsgesprächen" at one position, are one word of the requirement, so a
     * line that states the part ("Kundenberatung") states one of its words, not two. Only the parts that begin the
     * compound are merged, and only at the compound's own position: "train" and "trainee" of "training trainee
     * embryologists" are two words.
     */
    static Map<String, String> heads(AnalyzedText analyzed, List<String> content) {
        Map<String, String> heads = new HashMap<>();
        List<String> terms = analyzed.terms();
        int[] positions = analyzed.positions();
        for (int i = 0; i < terms.size(); i++) {
            String stem = terms.get(i);
            if (!content.contains(stem) || stem.length() < ResumeLine.SHORTEST_PREFIX) {
                continue;
            }
            for (int j = i - 1; j >= 0 && positions[j] == positions[i]; j--) {
                String whole = terms.get(j);
                String known = heads.get(whole);
                if (content.contains(whole) && whole.length() > stem.length() && whole.startsWith(stem)
                        && (known == null || known.length() > stem.length())) {
                    heads.put(whole, stem);
                }
            }
        }
        return Map.copyOf(heads);
    }

    /** {@link #heads} for stems whose positions are not known (a reading bridged from another language): by prefix. */
    static Map<String, String> prefixHeads(List<String> content) {
        Map<String, String> heads = new HashMap<>();
        for (String stem : content) {
            String head = EvidenceFinder.head(stem, content);
            if (!head.equals(stem)) {
                heads.put(stem, head);
            }
        }
        return Map.copyOf(heads);
    }

    private static List<String> bridge(Collection<String> stems, Language own, Glossary glossary) {
        List<String> tokens = stems.stream().map(stem -> glossary.token(stem, own)).distinct().toList();
        List<String> known = tokens.stream().filter(token -> token.startsWith(Glossary.MARK)).toList();
        return known.isEmpty() ? tokens : known;
    }

    /** The text as written, without "(ACR)", and with the long form replaced by the acronym. */
    static List<String> acronymVariants(String text) {
        Matcher matcher = ACRONYM.matcher(text);
        if (!matcher.find()) {
            return List.of(text);
        }
        String acronym = matcher.group(1);
        String before = text.substring(0, matcher.start()).stripTrailing();
        String after = text.substring(matcher.end());
        String[] words = before.split("\\s+");
        int letters = acronym.length();
        int start = words.length;
        int matched = 0;
        while (start > 0 && matched < letters) {
            String word = words[start - 1];
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                matched++;
            } else if (word.length() > 3) {
                break;
            }
            start--;
        }
        String prefix = String.join(" ", Arrays.copyOfRange(words, 0, start));
        return List.of((before + " " + after).strip(), (prefix + " " + acronym + " " + after).strip());
    }
}
