package io.resumetailor.resumes.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The structured resume: what the parser produces, the LLM tailors, the guard compares
 * and the exporters render. Stored as {@code jsonb}; the rules are the seed's
 * {@code ResumeContentSchema}.
 */
public record ResumeContent(
        @NotNull @Valid PersonalInfo personalInfo,
        String summary,
        @NotNull List<@NotNull @Valid ExperienceEntry> experience,
        @NotNull List<@NotNull @Valid EducationEntry> education,
        @NotNull List<@NotNull String> skills,
        List<@NotNull @Valid CertificationEntry> certifications,
        List<@NotNull @Valid ResumeLanguage> languages) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public ResumeContent(PersonalInfo personalInfo, String summary, List<ExperienceEntry> experience, List<EducationEntry> education, List<String> skills, List<CertificationEntry> certifications, List<ResumeLanguage> languages) {
        this.personalInfo = personalInfo;
        this.summary = summary;
        this.experience = experience;
        this.education = education;
        this.skills = skills;
        this.certifications = certifications;
        this.languages = languages;
    }
}
