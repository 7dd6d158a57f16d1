package io.resumetailor.resumes.control;

import io.resumetailor.platform.entity.HttpUrl;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions held. In each dated entry the employer and the job title are told apart by
 * their words (job titles in five languages, company forms such as GmbH, Inc., ООО) and by
 * markers ("at", "as", labels). When an entry gives no such clue, the order this document
 * uses in its clear entries decides (every entry of a template is drawn the same way);
 * when the document has no clear entry either, the entry is left out and named as
 * uncertain rather than guessed.
 */
final class ExperienceReader {

    /**
     * Words of courses and trainings, which share "Courses and internships" sections with positions.
     * "en cours" and "en curso" say that a position goes on ("Stagiaire ... – en cours"): no course.
     */
    static final Pattern COURSE = Pattern.compile("(?iu)(?<![\\p{L}])(?<!(?<![\\p{L}])en\\s)(?:course|courses|curso|cursos|"
            + "cours|kurs|kurse|курс\\p{L}*|bootcamp|mooc|workshop|seminar|séminaire|seminario|семинар|webinar|tutorial|"
            + "certificate|certification|zertifikat|certificat|certificado|сертификат\\p{L}*)(?![\\p{L}])");

    private ExperienceReader() {
    }

    /**
     * A title's two roles and whether the position came first in reading order; {@code clear}
     * when words decided it; {@code companyLine} when the employer had a line of its own above
     * the job title, as when several positions at one employer follow its name.
     */
    record Roles(String position, String company, boolean positionFirst, boolean clear, boolean companyLine) {
    }

    /**
     * How many entries of all the experience sections clearly put the position first, and how many the employer: one
     * resume sets all its jobs alike, so a section of one unclear entry ("Experiencia en docencia" under "Servicio
     * público" and "Otra experiencia laboral") follows the others when at least two of them show one order and none the
     * other, and the employer it then reads names an organisation or a school ({@link #employerShaped}).
     */
    static int[] order(List<ResumeSection> sections) {
        int[] order = new int[2];
        for (ResumeSection section : sections) {
            if (!FormEntries.of(section).isEmpty()) {
                continue;
            }
            for (Entry entry : EntrySplitter.split(section, EntrySplitter.Singles.OWN_CELL)) {
                Roles r = resolve(entry).roles();
                if (r != null && r.clear()) {
                    order[r.positionFirst() ? 0 : 1]++;
                }
            }
        }
        return order;
    }

    /** Whether the employer read names an organisation or a school and the position read does not. */
    static boolean employerShaped(Roles roles) {
        return roles.company() != null && roles.position() != null
                && (RoleWords.organisation(roles.company()) || RoleWords.institution(roles.company()))
                && !RoleWords.organisation(roles.position()) && !RoleWords.institution(roles.position());
    }

    static List<ExperienceEntry> read(List<ResumeSection> sections, List<String> uncertain) {
        List<ExperienceEntry> out = new ArrayList<>();
        int[] resumeOrder = null; // read only when a section does not tell
        for (ResumeSection section : sections) {
            List<FormEntries.Form> forms = FormEntries.of(section);
            if (!forms.isEmpty()) {
                forms(forms, out, uncertain);
                continue;
            }
            List<Entry> entries = new ArrayList<>(EntrySplitter.split(section, EntrySplitter.Singles.OWN_CELL));
            List<Roles> roles = new ArrayList<>();
            int positionFirst = 0;
            int companyFirst = 0;
            for (int e = 0; e < entries.size(); e++) {
                Entry entry = entries.get(e);
                Resolution resolved = resolve(entry);
                entries.set(e, resolved.entry());
                Roles r = resolved.roles();
                roles.add(r);
                if (r != null && r.clear()) {
                    positionFirst += r.positionFirst() ? 1 : 0;
                    companyFirst += r.positionFirst() ? 0 : 1;
                }
            }
            for (int e = 0; e < entries.size(); e++) {
                Roles own = roles.get(e);
                Resolution completed = (own == null || !RoleWords.position(own.position())) && positionFirst >= companyFirst
                        ? completedAbove(entries, e) : null;
                if (completed != null) {
                    entries.set(e, completed.entry());
                    roles.set(e, completed.roles());
                }
            }
            withoutLinesTakenBelow(entries);
            Roles previous = null;
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                Roles r = roles.get(i);
                String where = "experience[" + out.size() + "]";
                boolean courses = section.heading() != null && COURSE.matcher(section.heading().text()).find();
                if (r != null && !r.clear()) {
                    boolean tie = positionFirst == companyFirst;
                    boolean wantPositionFirst = positionFirst > companyFirst;
                    if (tie && resumeOrder == null) {
                        resumeOrder = order(sections);
                    }
                    if (tie && Math.min(resumeOrder[0], resumeOrder[1]) == 0 && Math.max(resumeOrder[0], resumeOrder[1]) >= 2) {
                        boolean resumeWants = resumeOrder[0] > resumeOrder[1]; // the section does not tell; the resume's other jobs all do
                        Roles turned = resumeWants == r.positionFirst() ? r : new Roles(r.company(), r.position(), resumeWants, false, false);
                        if (employerShaped(turned)) {
                            tie = false;
                            wantPositionFirst = resumeWants;
                        }
                    }
                    if (tie || offStyle(entry, entries) || courses) {
                        uncertain.add(where + ": employer and position could not be told apart in \"" + title(entry) + "\"; entry left out");
                        continue;
                    }
                    if (wantPositionFirst != r.positionFirst()) {
                        r = new Roles(r.company(), r.position(), wantPositionFirst, false, false);
                    }
                }
                String alone = r == null ? single(entry) : null;
                if (alone != null && previous != null && previous.companyLine()
                        && RoleWords.position(alone) && !RoleWords.organisation(alone)) {
                    r = new Roles(alone, previous.company(), previous.positionFirst(), true, true);
                    uncertain.add(where + ".company: the employer of the entry above");
                }
                String told = r == null && alone != null && !RoleWords.position(alone) ? positionTold(entry) : null;
                if (told != null) { // "Papeleria Gufi | 2022 - 2023" / "Desempeñando el cargo de Atención al cliente, ..."
                    r = new Roles(told, alone, false, true, false);
                    uncertain.add(where + ".position: read from the first line of the description");
                }
                String below = r == null && alone != null && RoleWords.position(alone) && !RoleWords.organisation(alone)
                        ? employerBelow(entry) : null;
                if (below != null) { // "Chercheur Postdoctoral" / "Sujet : Génome humain synthétique" / "MRC Laboratory of Molecular Biology"
                    r = new Roles(alone, below, true, true, false);
                    uncertain.add(where + ".company: read from the description");
                }
                if (r == null) {
                    uncertain.add(where + ": no employer and position found in \"" + title(entry) + "\"; entry left out");
                    continue;
                }
                if (COURSE.matcher(r.position()).find() || COURSE.matcher(r.company()).find()
                        || courses && !RoleWords.position(r.position())) {
                    uncertain.add(where + ": \"" + title(entry) + "\" reads as a course, not a position; left out");
                    continue;
                }
                if (TitlePart.cutByWrap(r.company()) || TitlePart.cutByWrap(r.position())) {
                    uncertain.add(where + ": \"" + title(entry) + "\" breaks off at the end of a line; entry left out");
                    continue;
                }
                Matcher link = LEADING_LINK.matcher(r.company().strip());
                String company = withoutTown(link.replaceFirst(""), link.lookingAt());
                if (sentencePart(company)) {
                    uncertain.add(where + ".company: \"" + company + "\" reads as part of a sentence");
                }
                previous = r;
                if (entry.range().approximate() || entry.single()) {
                    uncertain.add(where + ".startDate");
                }
                if (entry.single()) {
                    uncertain.add(where + ".endDate");
                }
                out.add(new ExperienceEntry(company, withoutUnit(withoutRemark(r.position()), company), entry.range().start(),
                        entry.range().end(), description(entry.description()), null, links(entry)));
            }
        }
        return out;
    }

    /**
     * "Circulation Staff, Wyndham Robertson Library" over "Hollins University": the unit of the employer after the
     * position's one comma (a library, a department, a centre, a school, or the employer itself) is where the post was,
     * not part of its name, when the employer is named apart; a field after the comma stays ("Analyst, Financial Services").
     */
    static String withoutUnit(String position, String company) {
        if (position == null || company == null) {
            return position;
        }
        List<String> items = EducationReader.outsideBrackets(position);
        if (items.size() != 2) {
            return position;
        }
        String title = items.get(0).strip();
        String unit = items.get(1).strip();
        boolean unitNamed = !unit.isEmpty() && Character.isUpperCase(unit.codePointAt(0)) && !RoleWords.position(unit)
                && (UNIT_NOUN.matcher(unit).find() || RoleWords.institution(unit) || company.contains(unit));
        boolean titleAlone = !title.isEmpty() && !RoleWords.organisation(title) && !RoleWords.institution(title);
        return unitNamed && titleAlone ? title : position;
    }

    /** Words that name a unit of an employer, not a field of work ("Manager, Operations", "Engineer, Embedded Systems"). */
    private static final Pattern UNIT_NOUN = Pattern.compile("(?iu)(?<![\\p{L}])(?:library|department|dept\\.|centre|center|"
            + "laboratory|lab|museum|clinic|ward|unit|office|bibliothek|abteilung|zentrum|labor|station|bibliothèque|"
            + "département|laboratoire|centre|musée|biblioteca|departamento|centro|laboratorio|museo|библиотек\\p{L}*|"
            + "отдел\\p{L}*|кафедр\\p{L}*|лаборатори\\p{L}*|центр\\p{L}*|музе\\p{L}*)(?![\\p{L}])");

    /**
     * A remark in brackets after the position that says what the work was, in lower case and in three words or more
     * ({@link #REMARK}, as after an employer):
     * "Артист ансамбля народного танца (участие в концертной деятельности)", "Reporter (writing weekly columns and
     * surveys)". A grade or a team stays ("Software Engineer (Backend)", "Lagerist (Teilzeit)").
     */
    static String withoutRemark(String position) {
        String cut = REMARK.matcher(position.strip()).replaceFirst("");
        return cut.isBlank() ? position : cut;
    }

    /** "en Hospital La Inmaculada", "at Acme": a linking word left before the employer's name. */
    private static final Pattern LEADING_LINK = Pattern.compile("(?u)^(?:en|at|à|chez|bei|im|in|в|во|на|Chez|Bei|Im|Bij)\\s+(?=\\p{Lu})");
    /** A brand written in lower case has a hyphen, a digit or a capital inside its first word ("t-systems", "eBay", "dm-drogerie"). */
    private static final Pattern LOWER_CASE_BRAND = Pattern.compile("(?u)^\\p{Ll}\\S*(?:[-\\d]|\\p{Lu})");

    /**
     * An employer that starts in lower case, has more than one word or only a few letters, and is no brand written so: the
     * rest of a sentence ("sous Clearcase", "stresser le code de la tâche", "концертной деятельности)"). Employers are named
     * with a capital in every resume of our sets. The entry stays (its position and dates are often right) and the field
     * is named as unsure.
     */
    static boolean sentencePart(String company) {
        if (company.isEmpty() || !Character.isLowerCase(company.codePointAt(0)) || LOWER_CASE_BRAND.matcher(company).find()) {
            return false;
        }
        return company.split("\\s+").length >= 2 || company.length() <= 3;
    }

    /** Positions written as forms: the employer from its label, the position from its label or the line naming the entry. */
    private static void forms(List<FormEntries.Form> forms, List<ExperienceEntry> out, List<String> uncertain) {
        for (FormEntries.Form form : forms) {
            String where = "experience[" + out.size() + "]";
            String organisation = form.fields().get(FormEntries.Field.ORGANISATION);
            boolean positionLabelled = form.fields().containsKey(FormEntries.Field.POSITION);
            // the employer labelled, or named by the entry's line when the position is labelled ("Cargo:" under the employer)
            String company = organisation != null ? FormEntries.organisation(organisation)
                    : positionLabelled && form.heading() != null ? TitlePart.clean(form.heading()) : null;
            String position = positionLabelled
                    ? TitlePart.clean(form.fields().get(FormEntries.Field.POSITION)) : form.heading();
            if (company == null || company.isBlank() || position == null || position.isBlank()) {
                uncertain.add(where + ": a form entry without a labelled employer and position; entry left out");
                continue;
            }
            if (form.range().approximate() || form.single()) {
                uncertain.add(where + ".startDate");
            }
            String description = form.fields().getOrDefault(FormEntries.Field.DESCRIPTION, ""); // the field is required, empty when not given
            out.add(new ExperienceEntry(company, position, form.range().start(), form.single() ? null : form.range().end(),
                    description, null, null));
        }
    }

    /** A postcode and its town after the employer; a year-like number ("Expo 2020 Dubai") is a postcode only after a comma. */
    private static final Pattern POSTAL_TOWN = Pattern.compile(
            "(?u)^(.*?\\p{L}.*?)(?:,\\s*(?:[A-Z]{1,2}-)?\\d{4,5}|\\s+(?:[A-Z]{1,2}-)?(?!(?:19|20)\\d{2}\\s)\\d{4,5})"
            + "\\s+\\p{Lu}[\\p{L}.'’-]+(?:[\\s-]\\p{Lu}[\\p{L}.'’-]+){0,2}$");
    private static final Pattern AFTER_LEGAL_FORM = Pattern.compile("(?u)^(.*?\\p{L}.*?(?<![\\p{L}])(?:GmbH|gGmbH|mbH|AG|KG|KGaA|OHG|UG|SE|"
            + "e\\.\\s?V\\.|Inc\\.?|Ltd\\.?|LLC|S\\.A\\.|SA|S\\.L\\.|SL|SAS|SARL|ООО|ОАО|АО|ПАО)(?:\\s*&\\s*Co\\.?\\s*(?:KG|KGaA|OHG))?)"
            + "(?:\\s+[-–—])?\\s+(\\p{Lu}[\\p{L}'’.-]+(?:[\\s-]\\p{Lu}[\\p{L}'’.-]+){0,2})$");
    /** A department, faculty or chair named after a university or school, in one line with it. */
    private static final Pattern UNIT_OF_INSTITUTION = Pattern.compile("(?u)^(.*?\\p{L}.*?)[\\s,–-]+(?:Department|Dept\\.|Faculty|Division|"
            + "Fakultät|Lehrstuhl|Fachbereich|Abteilung|Département|Faculté|Departamento|Facultad|Cátedra|Кафедра|Факультет)"
            + "(?![\\p{L}]).*$");
    /** "(Teilzeit 40%)", "(part-time)", "(1 Semester)", "(CDD)": how much or how long, after an employer's or a school's name. */
    private static final Pattern WORKLOAD = Pattern.compile("(?iu)\\s*\\((?=[^()]*(?<![\\p{L}])(?:teilzeit|vollzeit|part[- ]time|"
            + "full[- ]time|temps\\s+(?:partiel|plein)|mi-temps|media\\s+jornada|jornada\\s+(?:completa|parcial)|semesters?|semestres?|"
            + "minijob|remote|télétravail|teletrabajo|freelance|cdd|cdi|werkstudent\\p{L}*|praktikum|internship|stage|prácticas|"
            + "неполный|полный|удал[её]нно|\\d+\\s?%)(?![\\p{L}]))[^()]{1,40}\\)\\s*$");

    /** The name without a closing remark on the workload or the time spent there. */
    static String withoutWorkload(String name) {
        return name == null ? null : WORKLOAD.matcher(name).replaceFirst("");
    }

    /** A remark in brackets after the employer, in lower case and of three words or more: what the work was, not who employed. */
    private static final Pattern REMARK = Pattern.compile("(?u)\\s*\\(\\p{Ll}[^()]*\\s[^()]*\\s[^()]*\\)$");
    /** "der Huawei" of "Implementierungsmanager bei der Huawei": the article the preposition asked for, no part of the name. */
    private static final Pattern DATIVE_ARTICLE = Pattern.compile("(?u)^(?:der|dem|den)\\s+(?=\\p{Lu})");
    /**
     * "der Huawei in Jordanien", "Elektro Vass GmbH in Wolfsburg", "Boulangerie Paul à Lyon (France)": up to three capitalised
     * words after "in" (or its kin in the five languages) at the end of an employer are where it sits, when a sentence
     * named the employer (a dative article before it), a legal form ends the name or the words are a known place. Other
     * names have that shape themselves ("Partners in Health", "Hotel im Wasserturm") and stay. A word after a spaced dash
     * is as often a department ("Nordlicht – Verkauf") and stays.
     */
    private static final Pattern PLACED_IN = Pattern.compile("(?u)^(.*?\\p{L}.*?)\\s+(?:in|im|en|à|a|в|во)\\s+"
            + "(\\p{Lu}[\\p{Ll}\\p{M}'’.-]+(?:\\s+(?:am|an der|upon|on|sur|de|del|на)?\\s*(?:l['’]|d['’])?\\p{L}[\\p{Ll}\\p{M}'’.-]+){0,2})$");
    private static final Pattern TOWN_AFTER = Pattern.compile("(?u)^([^,]{2,}),\\s+(\\p{Lu}[\\p{Ll}\\p{M}]{2,}(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*"
            + "(?:\\s+(?:(?:am|an\\s+der|upon|on|sur|de|del|la|le)\\s+)?\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*){0,2})$");

    /**
     * The employer without what says where it sits or which unit of it: a dative article left by the sentence that named
     * it ("der Huawei"), a place after "in" ({@link #PLACED_IN}), a department after a university, a postcode and its
     * town, a town after a legal form; "BSNL, Chennai", "Heikes Raumdekor, Bad Vilbel": up to three capitalised words
     * after a comma, the town it sits in, unless they name an organisation ("Acme, Inc."), a job, a school or a degree;
     * or a region or town by its label after the last comma ("г. Ижевск", "Provincia de Lugo").
     */
    static String withoutTown(String company) {
        return withoutTown(company, false);
    }

    /** {@code linked}: a linking word opened the phrase ("Chez E.Leclerc à Aire sur l'Adour"): a sentence names employer and place. */
    static String withoutTown(String company, boolean linked) {
        company = withoutWorkload(company);
        company = REMARK.matcher(company).replaceFirst(""); // "DWP (generally working in SAS and Excel)"
        Matcher article = DATIVE_ARTICLE.matcher(company.strip());
        boolean prose = linked || article.lookingAt(); // "bei der Huawei in Jordanien": a sentence names the employer, then the place
        company = article.replaceFirst("");
        Matcher placed = PLACED_IN.matcher(company);
        if (placed.matches() && !RoleWords.organisation(placed.group(2)) && !RoleWords.position(placed.group(2))
                && !RoleWords.institution(placed.group(2))
                && (prose || RoleWords.location(placed.group(2)) || endsWithLegalForm(placed.group(1)))) {
            company = placed.group(1).strip(); // "Emch+Berger GmbH in Nürnberg"
        }
        Matcher unit = UNIT_OF_INSTITUTION.matcher(company.strip());
        if (unit.matches() && RoleWords.institution(unit.group(1))) {
            company = unit.group(1).strip(); // "University of Minnesota Department of Neuroscience": the university employs
        }
        Matcher postal = POSTAL_TOWN.matcher(company.strip());
        if (postal.matches()) {
            return postal.group(1).strip(); // "Ernst Fischer AG, 8590 Romanshorn": a postcode and its town
        }
        Matcher legal = AFTER_LEGAL_FORM.matcher(company.strip());
        if (legal.matches() && !RoleWords.organisation(legal.group(2)) && !RoleWords.position(legal.group(2))) {
            return legal.group(1).strip(); // "Epotronic GmbH Düsseldorf": the legal form ends the name
        }
        int comma = company.lastIndexOf(", ");
        if (comma > 0 && RoleWords.REGION.matcher(company.substring(comma + 2).strip()).matches()) {
            return company.substring(0, comma).strip(); // "Национальный музей Удмуртской Республики, г. Ижевск"
        }
        Matcher m = TOWN_AFTER.matcher(company.strip());
        if (!m.matches() || RoleWords.organisation(m.group(2)) || RoleWords.position(m.group(2)) || RoleWords.institution(m.group(2))
                || RoleWords.degree(m.group(2))) {
            return company;
        }
        return m.group(1).strip();
    }

    /** A legal form ends the name ("Elektro Vass GmbH"), so that what follows "in" is where it sits. */
    private static boolean endsWithLegalForm(String name) {
        String text = name.strip();
        Matcher legal = TitlePart.LEGAL_FORM.matcher(text);
        boolean ends = false;
        while (legal.find()) {
            ends = legal.end() == text.length() || legal.end() == text.length() - 1 && text.endsWith(".");
        }
        return ends;
    }

    record Resolution(Entry entry, Roles roles) {
    }

    /**
     * The title lines alone when they hold two parts; a lone part split at its commas when a
     * job title word is then among them ("Softwareentwicklerin, Hanse AG, Bremen"); else the
     * lines below the date one by one (the employer under the position); else the lone part
     * split at its commas or at a spaced dash anyway.
     */
    static Resolution resolve(Entry entry) {
        Entry titled = titleAboveProse(entry);
        if (titled != null) {
            List<TitlePart> above = TitleCandidates.of(TitlePart.of(titled.header()), false);
            Roles r = above.size() >= 2 ? roles(above) : roles(TitleCandidates.dashSplit(above));
            if (r != null) {
                return new Resolution(titled, r);
            }
        }
        List<TitlePart> whole = TitleCandidates.of(TitlePart.of(entry.header()), false);
        if (whole.size() >= 2) {
            return new Resolution(entry, roles(whole));
        }
        List<TitlePart> commas = TitleCandidates.of(TitlePart.of(entry.header()), true);
        Roles split = roles(commas);
        if (clearPosition(split)) {
            return new Resolution(entry, split);
        }
        Entry typed = withLineInTitleType(entry);
        Roles inType = typed == null ? null : roles(TitleCandidates.of(TitlePart.of(typed.header()), false));
        if (inType != null) {
            return new Resolution(typed, inType);
        }
        for (int n = 1; n <= entry.more().size() && (nameLike(entry.more().get(n - 1)) || n == 1 && blankTitle(entry)); n++) {
            if (n < entry.more().size() && TitlePart.cutByWrap(String.join(" ", entry.more().get(n - 1).cells()))
                    && nameLike(entry.more().get(n))) {
                continue; // "Génétique, Diversité, et Ecophysiologie des Céréales," / "INRAE UMR GDEC 1095": one name; "VICE PRESIDENT OF" / "SALES"
            }
            Entry longer = entry.withMore(n);
            List<TitlePart> parts = TitleCandidates.of(TitlePart.of(longer.header()), false);
            Roles r = roles(parts);
            if (r == null && n == 1 && blankTitle(entry)) { // "Национальный музей ..., г. Ижевск – научный сотрудник" under a bare date
                Roles commaSplit = roles(TitleCandidates.of(TitlePart.of(longer.header()), true));
                if (clearPosition(commaSplit)) {
                    return new Resolution(longer, commaSplit); // "wissenschaftlicher Mitarbeiter, Ruhr-Universität Bochum, Bochum."
                }
                r = roles(TitleCandidates.dashSplit(parts));
                r = r != null ? r : roles(TitleCandidates.slashSplit(parts));
            }
            if (r != null) {
                return new Resolution(longer, r);
            }
        }
        for (int n = 1; n <= entry.above().size() && entry.bareDateLine(); n++) {
            Entry longer = entry.withAbove(n);
            Roles r = roles(TitleCandidates.of(TitlePart.of(longer.header()), false));
            if (r != null && r.clear()) {
                return new Resolution(longer, r);
            }
        }
        Roles runIn = roles(TitleCandidates.runInSplit(whole));
        if (split != null && runIn != null && (RoleWords.organisation(split.position()) || RoleWords.institution(split.position()))) {
            return new Resolution(entry, runIn); // "Biostatistician Virginia Commonwealth University, Pauley Heart Center"
        }
        if (split != null) {
            return new Resolution(entry, split);
        }
        Roles dashed = roles(TitleCandidates.dashSplit(whole));
        return new Resolution(entry, dashed != null ? dashed : runIn);
    }

    /** A line that an entry took into its title from above ({@link Entry#withAbove}) is no longer the description of the entry above. */
    private static void withoutLinesTakenBelow(List<Entry> entries) {
        for (int e = 1; e < entries.size(); e++) {
            Set<Integer> taken = new HashSet<>();
            entries.get(e).header().forEach(line -> taken.add(line.source().index()));
            Entry before = entries.get(e - 1);
            if (before.body().stream().anyMatch(line -> taken.contains(line.index()))) {
                entries.set(e - 1, new Entry(before.header(), before.more(), before.above(), before.range(), before.single(),
                        before.body().stream().filter(line -> !taken.contains(line.index())).toList()));
            }
        }
    }

    /**
     * The entry whose one title line names only an employer, with the job title on the line right above it that the
     * section's layout left to the entry above: an hh.ru-like list sets "Редактор" / date / "ООО «Сысерть Медиа»" for one
     * job and "Менеджер" / "ООО «Легион», город Екатеринбург" / date for the next, so the first job's one title line
     * above its date left the second job's position in the first job's description. Taken only for an entry read no
     * other way, in a section whose other entries put the position first, when the line above is a job title that the
     * entry above did not take into its title and the title line an organisation, and the two read as position and
     * employer clearly. Null otherwise.
     */
    static Resolution completedAbove(List<Entry> entries, int e) {
        Entry entry = entries.get(e);
        List<TitlePart> whole = TitleCandidates.of(TitlePart.of(entry.header()), false);
        if (entry.above().isEmpty() || whole.size() != 1) {
            return null;
        }
        Entry.HeaderLine line = entry.above().get(entry.above().size() - 1);
        if (e > 0 && entries.get(e - 1).header().stream().anyMatch(h -> h.source().index() == line.source().index())) {
            return null; // the entry above took the line into its own title
        }
        String own = whole.get(0).text();
        String above = String.join(" ", line.cells()).strip();
        if (!RoleWords.organisation(own) || RoleWords.position(own) || !RoleWords.position(above) || RoleWords.organisation(above)
                || above.split("\\s+").length > 6) {
            return null;
        }
        Entry longer = entry.withAbove(1);
        Roles r = roles(TitleCandidates.of(TitlePart.of(longer.header()), false));
        return r != null && r.clear() && r.positionFirst() ? new Resolution(longer, r) : null;
    }

    /**
     * The entry titled by the line right above its date line when that line is set apart (bold or larger) and the date
     * line goes on in body type with the first sentence of the description ("Software Entwickler – Hermes Software GmbH"
     * over "2020, Jul-Okt. Die Hermes Software GmbH ist ein FinTech-"); the date line becomes the description's first
     * line. Null otherwise.
     */
    static Entry titleAboveProse(Entry entry) {
        int count = entry.header().size();
        if (count > 2 || count == 1 && entry.above().isEmpty() || !entry.header().get(count - 1).anchor()) {
            return null;
        }
        Entry.HeaderLine date = entry.header().get(count - 1);
        Entry.HeaderLine title = count == 2 ? entry.header().get(0) : entry.above().get(entry.above().size() - 1);
        String rest = String.join(" ", date.cells()).strip();
        String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        long lower = java.util.Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0))).count();
        boolean apart = title.source().bold() && !date.source().bold() || title.source().line().size() >= date.source().line().size() + 1f;
        if (!apart || words.length < 5 || lower < 2 && !rest.endsWith("-")) {
            return null;
        }
        List<ResumeLine> body = new ArrayList<>();
        body.add(date.source());
        entry.more().forEach(line -> body.add(line.source()));
        body.addAll(entry.body());
        return new Entry(List.of(new Entry.HeaderLine(title.cells(), title.source(), false)), List.of(),
                count == 2 ? entry.above() : entry.above().subList(0, entry.above().size() - 1), entry.range(), entry.single(), body);
    }

    /** How many lines below the title a line in the title's own type is looked for. */
    private static final int TYPED_LINE_REACH = 5;

    /**
     * The entry with the first line below its one-line title that is set in the title's type (hh.ru's employer in 12 pt,
     * the industry it works in in 9 pt, then the position in 12 pt again), when every line between is set at least 2 pt
     * smaller: those lines are an aside about the employer, the line in the title's type names the other half of the
     * title. (The title line's size mixes its date's and its text's, so the sizes are compared with the line found.)
     * Null when there is no such line.
     */
    static Entry withLineInTitleType(Entry entry) {
        if (String.join("", entry.header().get(0).cells()).isBlank()) {
            return null;
        }
        float size = entry.header().get(0).source().line().size();
        List<ResumeLine> below = new ArrayList<>();
        for (Entry.HeaderLine other : entry.header().subList(1, entry.header().size())) {
            below.add(other.source()); // "настоящее время | Розничная торговля": the industry beside the end of the range
        }
        below.addAll(entry.description());
        float between = 0;
        for (int i = 0; i < Math.min(TYPED_LINE_REACH, below.size()); i++) {
            ResumeLine line = below.get(i);
            float lineSize = line.line().size();
            if (lineSize >= size - 0.5f && lineSize >= between + 2f) { // the title line's size may mix its date's and its text's
                if (i == 0 || line.text().isBlank() || !nameLike(new Entry.HeaderLine(line.cells(), line, false))
                        || line.text().strip().split("\\s+").length > 8) {
                    return null;
                }
                List<Entry.HeaderLine> title = new ArrayList<>(entry.header().subList(0, 1));
                title.add(new Entry.HeaderLine(line.cells(), line, false));
                List<Entry.HeaderLine> more = new ArrayList<>(entry.header().subList(1, entry.header().size()));
                entry.more().stream().filter(h -> h.source() != line).forEach(more::add);
                List<ResumeLine> body = entry.body().stream().filter(l -> l != line).toList();
                return new Entry(title, more, entry.above(), entry.range(), entry.single(), body);
            }
            between = Math.max(between, lineSize);
        }
        return null;
    }

    /** Roles told apart clearly, whose position has a job title's words: a split of a title at its commas to take. */
    private static boolean clearPosition(Roles roles) {
        return roles != null && roles.clear() && RoleWords.position(roles.position());
    }

    /** The date line holds nothing but the date. */
    private static boolean blankTitle(Entry entry) {
        return entry.header().stream().allMatch(h -> String.join("", h.cells()).isBlank());
    }

    private static final Pattern DASHED_CLAUSE = Pattern.compile("(?u)[-–•*]\\s*\\p{Ll}");

    /**
     * A line below the date can still name the employer or the position: short, or capitalised
     * like a name. A long line in sentence case already describes the work ("Разрабатывал и
     * принимал соглашения внутри команды. Онбордил новых").
     */
    static boolean nameLike(Entry.HeaderLine line) {
        String text = String.join(" ", line.cells()).strip();
        if (DASHED_CLAUSE.matcher(text).lookingAt()) {
            return false; // "-изменение должности в августе 2022г.": a list item in lower case describes
        }
        String[] words = text.split("\\s+");
        return words.length <= 6 || EntrySplitter.titleCased(words);
    }

    /**
     * The entry's date line is set smaller than the section's largest date lines: a project or
     * course dated inside a position ("Platform X; UI testing (06.2020 - 10.2020)"), not a
     * position of its own.
     */
    static boolean offStyle(Entry entry, List<Entry> entries) {
        float largest = 0;
        for (Entry other : entries) {
            largest = Math.max(largest, anchorSize(other));
        }
        return anchorSize(entry) < largest - 1f;
    }

    private static float anchorSize(Entry entry) {
        return entry.header().stream().filter(Entry.HeaderLine::anchor).findFirst()
                .map(h -> (float) Math.round(h.source().line().size())).orElse(0f);
    }

    static Roles roles(List<TitlePart> parts) {
        if (parts.size() < 2) {
            return null;
        }
        TitlePart position = null;
        TitlePart company = null;
        for (TitlePart part : parts) {
            if (part.hint() == TitlePart.Role.POSITION && position == null) {
                position = part;
            } else if (part.hint() == TitlePart.Role.COMPANY && company == null) {
                company = part;
            }
        }
        if (position != null && company != null) {
            return roles(position, company, parts, true);
        }
        List<TitlePart> candidates = parts.subList(0, Math.min(3, parts.size()));
        double best = Double.NEGATIVE_INFINITY;
        TitlePart bestPosition = null;
        TitlePart bestCompany = null;
        for (TitlePart p : candidates) {
            for (TitlePart c : candidates) {
                if (p == c || position != null && p != position || company != null && c != company) {
                    continue;
                }
                double score = evidence(p, c) - 0.01 * (parts.indexOf(p) + parts.indexOf(c));
                if (score > best) {
                    best = score;
                    bestPosition = p;
                    bestCompany = c;
                }
            }
        }
        if (bestPosition == null) {
            return null;
        }
        boolean clear = position != null || company != null || evidence(bestPosition, bestCompany) >= 1
                && evidence(bestCompany, bestPosition) < evidence(bestPosition, bestCompany);
        return roles(bestPosition, bestCompany, parts, clear);
    }

    /** A unit inside an employer: "Medicines Analysis Team", "Central Analytical Unit", "Abteilung Vertrieb", "Service client". */
    private static final Pattern UNIT = Pattern.compile("(?iu)(?:^(?:department|dept\\.|division|abteilung|bereich|service|équipe|"
            + "equipe|département|departamento|área|area|equipo|unidad|отдел|департамент|управление)\\s)|(?:\\s(?:team|unit|department|"
            + "dept\\.?|division|section|office|desk|group|abteilung|team|équipe|unité|service|departamento|unidad|equipo|отдел|"
            + "группа|ward|(?:acute|intensive|critical|palliative|surgical)\\s+care)$)");

    /**
     * "Analytical Lead, Medicines Analysis Team, NHSEI": the part read as the employer names a unit, and a name
     * follows it in the title: that name employs (units are left out, as with a department after a university).
     */
    private static TitlePart employerAfterUnit(TitlePart company, TitlePart position, List<TitlePart> parts) {
        int at = parts.indexOf(company);
        if (at < 0 || at + 1 >= parts.size() || !UNIT.matcher(company.text().strip()).find()) {
            return company;
        }
        TitlePart next = parts.get(at + 1);
        String text = REMARK.matcher(next.text().strip()).replaceFirst(""); // "DfE (generally working in R)"
        return next != position && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && text.split("\\s+").length <= 6
                && !RoleWords.location(text) && !RoleWords.position(text) && !UNIT.matcher(text).find() ? next.withText(text) : company;
    }

    private static Roles roles(TitlePart position, TitlePart given, List<TitlePart> parts, boolean clear) {
        TitlePart company = employerAfterUnit(given, position, parts);
        boolean alone = parts.stream().filter(p -> p.line() == company.line()).count() == 1 && company.line() < position.line();
        return new Roles(position.text(), company.text(), parts.indexOf(position) < parts.indexOf(company), clear, alone);
    }

    /**
     * "Desempeñando el cargo de Mesero, atendiendo ...", "Работала в должности администратора", "Embauché au poste de
     * magasinier", "Served in the role of shift lead": the position a description's first line names after a phrase that
     * says it is the position; after "worked as", "trabajé como", "j'ai travaillé comme" and their kin only when the words
     * are a job title ("our position as market leader" names none).
     */
    private static final Pattern POSITION_TOLD = Pattern.compile("(?iu)(?:(?<strong>(?<![\\p{L}])(?:(?<!(?<![\\p{L}])a\\s)(?:el\\s+)?cargo\\s+de|(?:el\\s+)?puesto\\s+de|"
            + "в\\s+должности|на\\s+должности|в\\s+качестве|au\\s+poste\\s+de|en\\s+qualité\\s+de|in\\s+the\\s+(?:role|position)\\s+of|"
            + "in\\s+der\\s+(?:funktion|position)\\s+(?:als|des|der)))|(?<weak>(?<![\\p{L}])(?:worked|working|employed|hired|served|serving|trabaj\\p{L}*|travaill\\p{L}*|employée?|embauchée?|"
            + "arbeitete|beschäftigt|работал\\p{L}*)\\s+(?:como|as\\s+an?|as|als|en\\s+tant\\s+que|comme)))"
            + "\\s+(?<title>[^,.;:()]{3,60})");

    /** Where the words after the position go on to say how long, since when, for whom or with what ("durante dos años"). */
    private static final Pattern TOLD_END = Pattern.compile("(?iu)\\s(?:durante|desde|hasta|para|por|con|during|for|since|from|with|"
            + "pendant|depuis|avec|pour|während|seit|für|mit|в\\s+течение|с|со|для)\\s");

    static String positionTold(Entry entry) {
        if (entry.description().isEmpty()) {
            return null;
        }
        Matcher told = POSITION_TOLD.matcher(entry.description().get(0).text());
        if (!told.find() || told.start() > 40) {
            return barePosition(entry.description().get(0));
        }
        String title = TOLD_END.split(told.group("title"), 2)[0].strip();
        String[] words = title.split("\\s+");
        if (title.isBlank() || words.length > 6 || told.group("weak") != null && !RoleWords.position(title)) {
            return null;
        }
        int first = Character.charCount(title.codePointAt(0));
        return title.substring(0, first).toUpperCase(java.util.Locale.ROOT) + title.substring(first);
    }

    /**
     * "Bill’s Superette, Andover, MN." over "• Shift Supervisor." / "• Duties involved …": a first description item
     * that is nothing but a job title of at most four words (until "from", "since" …) names the position; so does one
     * before a colon that opens what the job was ("Teaching assistant: undergraduate macroeconomics tutorials").
     */
    private static String barePosition(ResumeLine first) {
        String text = EntrySplitter.withoutBulletMark(first.text().strip());
        Matcher runIn = RUN_IN_TITLE.matcher(text);
        if (runIn.lookingAt()) { // "Project Manager. Lang Homes is a small general contractor …": the title, then the paragraph
            String title = runIn.group(1).strip();
            if (jobTitle(title)) {
                return title;
            }
        }
        String title = TOLD_END.split(" " + LABEL_COLON.split(text, 2)[0] + " ", 2)[0].strip().replaceFirst("\\.$", "");
        String[] words = title.split("\\s+");
        boolean shaped = !title.isEmpty() && Character.isUpperCase(title.codePointAt(0)) && words.length <= 4;
        return shaped && jobTitle(title) ? title : null;
    }

    /** A job title's words, no organisation's, and no comma, colon, bracket or digit that would make it more than a title. */
    private static boolean jobTitle(String title) {
        return !title.matches("(?s).*[,;:()\\d].*") && RoleWords.position(title) && !RoleWords.organisation(title);
    }

    private static final Pattern LABEL_COLON = Pattern.compile(":\\s");
    /** A paragraph that opens with a capitalised title of up to six words as a sentence of its own, then the description. */
    private static final Pattern RUN_IN_TITLE = Pattern.compile("(?u)(\\p{Lu}\\S*(?:\\s+\\S+){0,5}?)\\.\\s+(?=\\p{Lu})");
    /** A place after the employer's name: "MRC Laboratory of Molecular Biology - Cambridge, UK". */
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s[-–—]\\s.*$");

    /**
     * The employer of a position named alone on its date line, when one of the first three lines of its description names
     * an organisation and nothing else: no label ("Sujet :", "Superviseur :"), no sentence, at most ten words. Its place
     * behind a dash is cut.
     */
    private static String employerBelow(Entry entry) {
        List<ResumeLine> lines = entry.description();
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            List<String> cells = lines.get(i).cells();
            boolean placeCells = cells.size() > 1 && cells.subList(1, cells.size()).stream().allMatch(c -> RoleWords.location(c.strip()));
            String text = EntrySplitter.withoutBulletMark((placeCells ? cells.get(0) : lines.get(i).text()).strip()); // "… (CEPII) ‖ Paris, France"
            String name = PLACE_TAIL.matcher(text).replaceFirst("").strip();
            if (text.contains(":") || (placeCells ? text.endsWith(".") : lines.get(i).prose()) || name.split("\\s+").length > 10) {
                continue; // the words counted without a place after a dash ("Ministère de l'économie et des finances - Bureau …")
            }
            if ((RoleWords.organisation(name) || RoleWords.institution(name)) && !RoleWords.position(name) && !RoleWords.degree(name)) {
                return name;
            }
        }
        return null;
    }

    /** The text of an entry whose title is a single part (a position under an employer named above). */
    private static String single(Entry entry) {
        List<TitlePart> parts = TitleCandidates.of(TitlePart.of(entry.header()), false);
        return parts.size() == 1 ? parts.get(0).text() : null;
    }

    /** How much the words say that {@code p} is a job title and {@code c} an employer. */
    static double evidence(TitlePart p, TitlePart c) {
        return position(p) - organisation(p) + organisation(c) - position(c);
    }

    private static int position(TitlePart part) {
        return RoleWords.position(part.text()) ? 1 : 0;
    }

    /** Organisation words count only where no job title word is: "Software Engineer" is no company. */
    private static int organisation(TitlePart part) {
        return RoleWords.organisation(part.text()) && !RoleWords.position(part.text()) ? 1 : 0;
    }

    static String title(Entry entry) {
        List<String> texts = new ArrayList<>();
        for (Entry.HeaderLine line : entry.header()) {
            texts.add(String.join(" ", line.cells()).strip());
        }
        String title = String.join(" / ", texts);
        return title.length() > 120 ? title.substring(0, 120) + "…" : title;
    }

    static String description(List<ResumeLine> body) {
        List<String> out = new ArrayList<>();
        for (ResumeLine line : body) {
            String text = line.text().strip();
            if (text.isEmpty() || ContactDetails.URL.matcher(text).matches()) {
                continue;
            }
            if (line.bullet()) {
                out.add("- " + text);
            } else if (!out.isEmpty() && out.get(out.size() - 1).startsWith("- ") && !text.isEmpty()
                    && Character.isLowerCase(text.charAt(0))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
            } else {
                out.add(text);
            }
        }
        return String.join("\n", out);
    }

    static List<ExperienceLink> links(Entry entry) {
        List<ExperienceLink> links = new ArrayList<>();
        List<ResumeLine> lines = new ArrayList<>(entry.description());
        entry.header().forEach(h -> lines.add(h.source()));
        for (ResumeLine line : lines) {
            String text = line.text().strip();
            if (ContactDetails.URL.matcher(text).matches()) {
                String url = text.matches("(?i)https?://.*") ? text : "https://" + text;
                if (HttpUrl.Validator.isHttpUrl(url)) {
                    links.add(new ExperienceLink(host(url), url));
                }
            }
        }
        return links.isEmpty() ? null : links;
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
