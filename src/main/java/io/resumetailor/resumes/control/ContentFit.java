package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.ContentLimits;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The built-in parser's reading brought within {@link ContentLimits}, so that a long real
 * resume (an academic CV with a hundred talks, a description that swallowed a page) is
 * stored instead of failing validation after the work is done. Lists keep their first
 * entries, as the document orders them; prose (summary, description) is cut at a line or
 * word boundary; a name, email, phone or URL too long to be one is left out, never cut to
 * something that looks valid and is not; a skill or language longer than its limit is a
 * sentence read as a list item and is dropped. Every change is named in the uncertain
 * fields, so the user knows what to check.
 */
final class ContentFit {

    private ContentFit() {
    }

    static ParsedResume within(ParsedResume parsed) {
        List<String> uncertain = new ArrayList<>(parsed.uncertain());
        ResumeContent content = parsed.content();
        PersonalInfo p = content.personalInfo();
        PersonalInfo person = new PersonalInfo(
                whole(p.fullName(), ContentLimits.NAME, "personalInfo.fullName", uncertain),
                whole(p.email(), ContentLimits.EMAIL, "personalInfo.email", uncertain),
                whole(p.phone(), ContentLimits.PHONE, "personalInfo.phone", uncertain),
                cut(p.location(), ContentLimits.LOCATION, "personalInfo.location", uncertain),
                whole(p.linkedin(), ContentLimits.URL, "personalInfo.linkedin", uncertain),
                whole(p.website(), ContentLimits.URL, "personalInfo.website", uncertain));
        List<ExperienceEntry> experience = first(content.experience(), ContentLimits.EXPERIENCE_ENTRIES, "experience", uncertain);
        List<ExperienceEntry> jobs = new ArrayList<>();
        for (int i = 0; i < experience.size(); i++) {
            jobs.add(job(experience.get(i), "experience[" + i + "].", uncertain));
        }
        List<EducationEntry> education = first(content.education(), ContentLimits.EDUCATION_ENTRIES, "education", uncertain);
        List<EducationEntry> schools = new ArrayList<>();
        for (int i = 0; i < education.size(); i++) {
            EducationEntry e = education.get(i);
            String at = "education[" + i + "].";
            schools.add(new EducationEntry(cut(e.institution(), ContentLimits.ORGANISATION, at + "institution", uncertain),
                    cut(e.degree(), ContentLimits.ORGANISATION, at + "degree", uncertain),
                    cut(e.field(), ContentLimits.ORGANISATION, at + "field", uncertain), e.startDate(), e.endDate()));
        }
        List<String> skills = first(dropped(content.skills(), s -> s, ContentLimits.SKILL, "skills", uncertain),
                ContentLimits.SKILLS, "skills", uncertain);
        List<CertificationEntry> certifications = content.certifications() == null ? null
                : first(content.certifications(), ContentLimits.CERTIFICATIONS, "certifications", uncertain).stream()
                        .map(c -> new CertificationEntry(cut(c.name(), ContentLimits.ORGANISATION, "certifications.name", uncertain),
                                cut(c.issuer(), ContentLimits.ORGANISATION, "certifications.issuer", uncertain), c.date()))
                        .toList();
        List<ResumeLanguage> languages = content.languages() == null ? null
                : first(dropped(dropped(content.languages(), ResumeLanguage::language, ContentLimits.LANGUAGE, "languages", uncertain),
                        ResumeLanguage::level, ContentLimits.LANGUAGE, "languages", uncertain),
                        ContentLimits.LANGUAGES, "languages", uncertain);
        ResumeContent fitted = new ResumeContent(person, cut(content.summary(), ContentLimits.SUMMARY, "summary", uncertain),
                jobs, schools, skills, certifications, languages);
        return uncertain.size() == parsed.uncertain().size() ? parsed : new ParsedResume(fitted, uncertain);
    }

    private static ExperienceEntry job(ExperienceEntry e, String at, List<String> uncertain) {
        List<String> projects = e.projects() == null ? null
                : first(e.projects(), ContentLimits.PROJECTS, at + "projects", uncertain).stream()
                        .map(project -> cut(project, ContentLimits.PROJECT, at + "projects", uncertain)).toList();
        return new ExperienceEntry(cut(e.company(), ContentLimits.ORGANISATION, at + "company", uncertain),
                cut(e.position(), ContentLimits.ORGANISATION, at + "position", uncertain), e.startDate(), e.endDate(),
                cut(e.description(), ContentLimits.DESCRIPTION, at + "description", uncertain), projects,
                e.links() == null ? null : first(dropped(e.links(), ExperienceLink::link, ContentLimits.URL, at + "links", uncertain),
                        ContentLimits.LINKS, at + "links", uncertain));
    }

    /** The first {@code max} items, in the document's order. */
    private static <T> List<T> first(List<T> items, int max, String field, List<String> uncertain) {
        if (items.size() <= max) {
            return items;
        }
        uncertain.add(field + ": " + items.size() + " found, the first " + max + " kept");
        return List.copyOf(items.subList(0, max));
    }

    /** Items whose text is longer than an item of the list can be: sentences read as list items. */
    private static <T> List<T> dropped(List<T> items, Function<T, String> text, int max, String field, List<String> uncertain) {
        List<T> kept = items.stream().filter(item -> text.apply(item) == null || text.apply(item).length() <= max).toList();
        if (kept.size() < items.size()) {
            uncertain.add(field + ": " + (items.size() - kept.size()) + " item(s) longer than " + max + " characters left out");
        }
        return kept;
    }

    /** A value that is all or nothing (a name, an address, a number): too long is no value. */
    private static String whole(String value, int max, String field, List<String> uncertain) {
        if (value == null || value.length() <= max) {
            return value;
        }
        uncertain.add(field + ": longer than " + max + " characters, left out");
        return null;
    }

    /** Prose cut at the last line break, else the last space, in the last fifth before the limit. */
    static String cut(String value, int max, String field, List<String> uncertain) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = value.lastIndexOf('\n', max);
        if (end < max * 4 / 5) {
            end = value.lastIndexOf(' ', max);
        }
        if (end < max * 4 / 5) {
            end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        }
        String kept = value.substring(0, end).strip();
        uncertain.add(field + ": shortened to " + kept.length() + " of " + value.length() + " characters");
        return kept;
    }
}
