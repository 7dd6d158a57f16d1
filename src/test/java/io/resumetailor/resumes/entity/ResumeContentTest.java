package io.resumetailor.resumes.entity;

import static io.resumetailor.BeanRules.invalidPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResumeContentTest {

    static PersonalInfo person() {
        return new PersonalInfo("Ada Lovelace", "ada@example.com", null, null, "https://linkedin.com/in/ada", null);
    }

    static ExperienceEntry job(String start, String end) {
        return new ExperienceEntry("Acme", "Engineer", start, end, "Built things.", null, null);
    }

    static ResumeContent resume(List<ExperienceEntry> experience) {
        return new ResumeContent(person(), null, experience,
                List.of(new EducationEntry("MIT", "BSc", null, "2010-09", "2014-06")), List.of("Java"), null, null);
    }

    @Test
    void acceptsAMinimalValidResume() {
        assertEquals(Set.of(), invalidPaths(resume(List.of(job("2020-01", null)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13", "2020-00", "2020-1", "20-01", "2020/01", "2020-01-05", "Jan 2020", ""})
    void rejectsMonthsNotInYyyyMm(String month) {
        assertEquals(Set.of("experience[0].startDate"), invalidPaths(resume(List.of(job(month, null)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-01", "1999-12", "2024-10"})
    void acceptsYyyyMmMonths(String month) {
        assertEquals(Set.of(), invalidPaths(resume(List.of(job(month, month)))));
    }

    @Test
    void rejectsEndBeforeStart() {
        assertEquals(Set.of("experience[0].endDate"), invalidPaths(resume(List.of(job("2021-05", "2021-04")))));
    }

    @Test
    void nullEndMeansPresent() {
        assertEquals(Set.of(), invalidPaths(resume(List.of(job("2021-05", null)))));
    }

    @Test
    void requiresPersonalInfoFields() {
        var content = new ResumeContent(new PersonalInfo("", "not-an-email", null, null, "ftp://x", "javascript:alert(1)"),
                null, List.of(), List.of(), List.of(), null, null);
        assertEquals(Set.of("personalInfo.email", "personalInfo.fullName", "personalInfo.linkedin", "personalInfo.website"),
                invalidPaths(content));
    }

    @Test
    void requiresTheListsButNotTheOptionalOnes() {
        var content = new ResumeContent(person(), null, null, null, null, null, null);
        assertEquals(Set.of("education", "experience", "skills"), invalidPaths(content));
    }

    @Test
    void validatesNestedEntries() {
        var content = new ResumeContent(person(), "s",
                List.of(new ExperienceEntry("", "", "2020-01", null, null, List.of("p"),
                        List.of(new ExperienceLink("", "notaurl")))),
                List.of(new EducationEntry("", "", null, "2020-01", "2019-01")),
                List.of("Java"),
                List.of(new CertificationEntry("", null, "2020-1")),
                List.of(new ResumeLanguage("", "")));
        Set<String> paths = invalidPaths(content);
        assertTrue(paths.containsAll(Set.of("experience[0].company", "experience[0].position",
                "experience[0].description", "experience[0].links[0].name", "experience[0].links[0].link",
                "education[0].institution", "education[0].degree", "education[0].endDate",
                "certifications[0].name", "certifications[0].date", "languages[0].language", "languages[0].level")),
                paths.toString());
    }
}
