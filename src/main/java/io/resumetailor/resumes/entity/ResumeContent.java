package io.resumetailor.resumes.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The structured resume: what the parser produces, the LLM tailors, the guard compares
 * and the exporters render. Stored as {@code jsonb}; the rules are the seed's
 * {@code ResumeContentSchema}.
 */
public record ResumeContent(
        @NotNull @Valid PersonalInfo personalInfo,
        @Size(max = ContentLimits.SUMMARY) String summary,
        @NotNull @Size(max = ContentLimits.EXPERIENCE_ENTRIES) List<@NotNull @Valid ExperienceEntry> experience,
        @NotNull @Size(max = ContentLimits.EDUCATION_ENTRIES) List<@NotNull @Valid EducationEntry> education,
        @NotNull @Size(max = ContentLimits.SKILLS) List<@NotNull @Size(max = ContentLimits.SKILL) String> skills,
        @Size(max = ContentLimits.CERTIFICATIONS) List<@NotNull @Valid CertificationEntry> certifications,
        @Size(max = ContentLimits.LANGUAGES) List<@NotNull @Valid ResumeLanguage> languages) {

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
