package io.resumetailor.tailoring.control;

import io.resumetailor.matching.control.RequirementExtractor;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.List;

final class TailoringFixtures {

    static final String VACANCY = """
            Senior Backend Engineer (Acme Payments)
            We build payment infrastructure.
            Requirements:
            - 5+ years of Java and Spring Boot
            - PostgreSQL and Kafka
            - Kubernetes in production
            Nice to have:
            - Go
            - Terraform
            """;

    static List<Requirement> requirements() {
        return RequirementExtractor.standard().extract("Acme Payments", "Senior Backend Engineer", VACANCY);
    }

    static ResumeContent base() {
        return new ResumeContent(
                new PersonalInfo("Ada Lovelace", "ada@example.com", "+44 20 7946 0958", "London", null, null),
                "Backend engineer who builds payment systems.",
                List.of(new ExperienceEntry("Analytical Engines Ltd", "Senior Software Engineer", "2020-01", null,
                                "- Built the billing platform in Java with Spring Boot\n- Ran services on Kubernetes\n- Organised the team offsite",
                                null, null),
                        new ExperienceEntry("Babbage & Co", "Software Engineer", "2016-03", "2019-12",
                                "- Cut payment latency by 40%\n- Maintained PostgreSQL schemas", null, null)),
                List.of(new EducationEntry("University of London", "BSc", "Mathematics", "2012-09", "2015-06")),
                List.of("Excel", "Java", "PostgreSQL", "Kubernetes", "Spring Boot"),
                List.of(new CertificationEntry("OCP Java 17", "Oracle", "2022-05")),
                List.of(new ResumeLanguage("English", "Native")));
    }

    static ResumeContent with(ResumeContent r, List<String> skills, String summary, List<ExperienceEntry> experience) {
        return new ResumeContent(r.personalInfo(), summary, experience, r.education(), skills, r.certifications(), r.languages());
    }
}
