package io.resumetailor.resumes.entity;

import java.util.List;

public final class ResumeContentFixtures {

    private ResumeContentFixtures() {
    }

    public static ResumeContent minimal() {
        return new ResumeContent(new PersonalInfo("Ada Lovelace", "ada@example.com", null, null, null, null), null,
                List.of(new ExperienceEntry("Acme", "Engineer", "2020-01", null, "Built things.", null, null)),
                List.of(new EducationEntry("MIT", "BSc", null, "2010-09", "2014-06")), List.of("Java"), null, null);
    }
}
