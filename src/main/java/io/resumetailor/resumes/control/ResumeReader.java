package io.resumetailor.resumes.control;

import io.resumetailor.platform.entity.HttpUrl;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in parser: reads a resume's lines without a language model. Sections are
 * found by {@link SectionHeadings}, contacts by {@link ContactDetails} and
 * {@link NameReader}, dated entries by {@link EntrySplitter}, then each section by its
 * reader. It never invents: what it cannot place is left out and named in
 * {@link ParsedResume#uncertain()}; a missing name or email stays null for the caller
 * to fill from the user's profile or to refuse. What it returns fits the content limits
 * ({@link ContentFit}).
 */
public final class ResumeReader {

    /** A doctorate is employment, whichever section lists it. */
    private static final Pattern DOCTORAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:ph\\.?\\s?d|doctora(?:t|te|do|l)|doktorand|promotion|"
            + "thèse|tesis|dissertation|аспирант|кандидат)");

    private ResumeReader() {
    }

    /**
     * The address if Bean Validation's {@code @Email} would take it, else null (then the
     * profile's address is used): a doubled dot, a dot at either end of the local part, a
     * local part over 64 characters (a header glued to the address) or a domain label
     * starting or ending with a hyphen would fail the whole import instead.
     */
    static String plausibleEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at > 64) {
            return null;
        }
        String local = email.substring(0, at);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return null;
        }
        for (String label : email.substring(at + 1).split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return null;
            }
        }
        return email;
    }

    public static ParsedResume read(ExtractedText text) {
        List<ResumeLine> lines = lines(text);
        List<ResumeSection> sections = SectionHeadings.split(lines).stream()
                .map(s -> s.kind() == Section.EXPERIENCE || s.kind() == Section.EDUCATION ? DateColumn.raised(DateColumn.rejoined(s)) : s).toList();
        List<String> uncertain = new ArrayList<>();
        ContactDetails contacts = ContactDetails.read(sections, text.links());
        Optional<String> name = NameReader.read(sections, lines);
        if (name.isEmpty()) {
            uncertain.add("personalInfo.fullName");
        }
        String email = plausibleEmail(contacts.email());
        if (email == null) {
            uncertain.add("personalInfo.email");
        }
        String linkedin = valid(contacts.linkedin());
        String website = valid(contacts.website());
        if (contacts.locationGuessed()) {
            uncertain.add("personalInfo.location");
        }
        if (website != null) {
            uncertain.add("personalInfo.website");
        }
        PersonalInfo person = new PersonalInfo(name.orElse(null), email, contacts.phone(), contacts.location(),
                linkedin, website);
        String summary = summary(of(sections, Section.SUMMARY));
        List<ExperienceEntry> experience = ExperienceReader.read(of(sections, Section.EXPERIENCE), uncertain);
        List<EducationEntry> education = EducationReader.read(of(sections, Section.EDUCATION), uncertain);
        List<ExperienceEntry> jobs = new ArrayList<>();
        List<EducationEntry> studies = new ArrayList<>(education);
        for (ExperienceEntry job : experience) {
            if (studied(job)) { // "Formation et parcours professionnel": a degree at a school, read among the positions
                studies.add(new EducationEntry(job.company(), job.position(), null, job.startDate(), job.endDate()));
            } else {
                jobs.add(job);
            }
        }
        jobs.addAll(employedAmongStudies(of(sections, Section.EDUCATION), studies, jobs, uncertain));
        experience = jobs;
        education = studies;
        List<String> names = new ArrayList<>(experience.stream().map(ExperienceEntry::company).toList());
        names.addAll(education.stream().map(EducationEntry::institution).toList());
        Set<String> towns = SharedTown.towns(names);
        experience = SharedTown.cutFromJobs(experience, towns);
        education = SharedTown.cutFromSchools(education, towns);
        List<ResumeSection> skillSources = new ArrayList<>();
        for (ResumeSection section : sections) {
            if (section.kind() != Section.EXPERIENCE && section.kind() != Section.REFERENCES && section.kind() != Section.PROJECTS
                    && section.kind() != Section.SUMMARY) {
                skillSources.add(section); // outside skills sections only lines labelled as skills count
            }
        }
        List<String> skills = SkillReader.read(skillSources).stream()
                .filter(skill -> name.isEmpty() || !skill.equalsIgnoreCase(name.get())).toList(); // a header read into a list
        List<ResumeSection> languageSources = new ArrayList<>(skillSources);
        languageSources.addAll(of(sections, Section.SUMMARY)); // "About: Anglais: | courant", "fluent in English and Spanish"
        List<ResumeLine> labelled = sections.stream().filter(section -> !skillSources.contains(section) && section.kind() != Section.SUMMARY)
                .flatMap(section -> section.lines().stream()).filter(LanguageReader::labelled).toList();
        if (!labelled.isEmpty()) { // "Sprachen: Deutsch (Muttersprache), Englisch (C1)" under a heading the section before ran on
            languageSources.add(new ResumeSection(Section.OTHER, null, labelled, Optional.empty()));
        }
        List<ResumeLanguage> languages = LanguageReader.read(languageSources, uncertain);
        if (of(sections, Section.EXPERIENCE).isEmpty()) {
            uncertain.add("experience: no experience section found");
        }
        if (of(sections, Section.SKILLS).isEmpty()) {
            uncertain.add("skills: no skills section found");
        }
        if (!of(sections, Section.PROJECTS).isEmpty()) {
            uncertain.add("projects: a separate projects section is not mapped; add projects to an experience entry");
        }
        List<CertificationEntry> certifications = CertificationReader.read(of(sections, Section.CERTIFICATIONS));
        ResumeContent content = new ResumeContent(person, summary, experience, education, skills,
                certifications.isEmpty() ? null : certifications, languages.isEmpty() ? null : languages);
        return ContentFit.within(new ParsedResume(content, uncertain));
    }

    /** The document's lines without page furniture, with their features. */
    static List<ResumeLine> lines(ExtractedText text) {
        float body = text.bodySize();
        List<TextLine> kept = new ArrayList<>();
        for (TextLine line : DatesAside.placed(PageFurniture.removed(text.lines()))) {
            kept.addAll(marginHeading(line));
        }
        float gap = ResumeLine.typicalGap(kept, body);
        List<ResumeLine> lines = new ArrayList<>();
        for (TextLine line : kept) {
            lines.add(ResumeLine.of(lines.size(), line, body, gap));
        }
        return lines;
    }

    /**
     * A section name in the first cell of a row, its content in the others ("Compétences |
     * C/C++, Python"; moderncv and table layouts put headings in the left margin): two lines.
     */
    static List<TextLine> marginHeading(TextLine line) {
        if (line.cells().size() < 2 || line.bullet()) {
            return List.of(line);
        }
        String first = line.cells().get(0).strip();
        String rest = String.join(" ", line.cells().subList(1, line.cells().size()));
        if (first.split("\\s+").length > 4 || SectionVocabulary.strictSection(first).isEmpty() || first.contains("(")
                || MonthRange.find(first).isPresent() || first.matches(".*\\d.*") || MonthRange.find(rest).isPresent()) {
            return List.of(line); // "Research (Kolkata, India) | 2017.08–2018.06" is an entry's line, not a heading
        }
        if (SectionVocabulary.strictSection(first).get() == Section.LANGUAGES
                && !LanguageReader.namesSpokenLanguage(rest)) {
            return List.of(line); // "LANGUAGES: | OS/390 | Java, C#, Python" in a table of technical skills: programming languages
        }
        return List.of(line.withCells(List.of(first)), line.withCells(line.cells().subList(1, line.cells().size())));
    }

    /**
     * A degree at a place of study, and no job title: an entry of a section that heads studies and
     * work together. A doctorate stays a position: doctoral candidates are employed for it.
     */
    private static boolean studied(ExperienceEntry job) {
        return RoleWords.degree(job.position()) && !RoleWords.position(job.position()) && RoleWords.institution(job.company())
                && !RoleWords.position(job.company()) && !DOCTORAL.matcher(job.position()).find();
    }

    /** Words of a training done at an employer ("Lehre als Koch", "Ausbildung zum Elektriker", "apprenti", "alternance"): studies. */
    private static final Pattern TRAINING = Pattern.compile("(?iu)ausbildung|auszubildende|azubi|(?<![\\p{L}])lehre|umschulung|"
            + "apprentice|apprenti|alternance|aprendiz|formaci[oó]n|formation|обучени|стажир");

    /**
     * Jobs in a section headed as studies ("Schul- und Berufsbildung", "Bildung und Beruf"), which people who tell their life in
     * one timeline write: an entry whose title is a job and no degree or training, at an employer that is no place of study
     * ("Lagermitarbeiter" / "Otto's AG, Sursee"), dated by a range. An entry dated like a study already read is that study.
     */
    static List<ExperienceEntry> employedAmongStudies(List<ResumeSection> sections, List<EducationEntry> studies, List<ExperienceEntry> jobs,
                                                      List<String> uncertain) {
        List<ExperienceEntry> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<ExperienceEntry> read = ExperienceReader.read(sections, notes);
        for (int index = 0; index < read.size(); index++) {
            ExperienceEntry job = read.get(index);
            boolean employed = RoleWords.position(job.position()) && !RoleWords.degree(job.position()) && !TRAINING.matcher(job.position()).find()
                    && RoleWords.organisation(job.company()) && !RoleWords.institution(job.company()) && !RoleWords.position(job.company())
                    && !java.util.Objects.equals(job.startDate(), job.endDate()); // a range: a lone date there is a birth or a diploma
            boolean known = studies.stream().anyMatch(study -> java.util.Objects.equals(study.startDate(), job.startDate()))
                    || jobs.stream().anyMatch(other -> java.util.Objects.equals(other.startDate(), job.startDate())
                            && other.company().equalsIgnoreCase(job.company()));
            if (employed && !known) {
                String from = "experience[" + index + "]";
                String to = "experience[" + (jobs.size() + found.size()) + "]";
                notes.stream().filter(note -> note.startsWith(from + ".")).map(note -> to + note.substring(from.length())).forEach(uncertain::add);
                found.add(job);
            }
        }
        return found;
    }

    static List<ResumeSection> of(List<ResumeSection> sections, Section kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    static String summary(List<ResumeSection> sections) {
        List<String> parts = new ArrayList<>();
        for (ResumeSection section : sections) {
            for (ResumeLine line : section.lines()) {
                parts.add(line.text().strip());
            }
        }
        String summary = String.join(" ", parts).replaceAll("\\s+", " ").strip();
        return summary.isEmpty() ? null : summary;
    }

    private static String valid(String url) {
        return url != null && HttpUrl.Validator.isHttpUrl(url) ? url : null;
    }
}
