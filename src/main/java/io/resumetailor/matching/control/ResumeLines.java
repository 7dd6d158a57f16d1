package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A resume cut into the lines that can be evidence, each analysed once in the resume's
 * language: summary sentences, skills, positions, companies, description bullets (a
 * paragraph is cut into sentences), projects, education, certifications and languages. In the
 * sentences the candidate writes freely (summary, descriptions, projects) only what comes before a
 * wish or plan counts ({@link Aspirations}); the evidence still points at the whole line.
 */
public final class ResumeLines {

    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\\d\"(])");
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·▪◦●○■□➢➤►✓✔]|\\d{1,2}[.)])\\s*");

    static final Set<String> FREE_TEXT = Set.of("summary", "experience.description", "experience.projects");

    private final Language language;
    private final List<ResumeLine> lines;
    private final ResumeContent resume;

    ResumeLines(ResumeContent resume, Language language, Lexicon lexicon) {
        this.resume = resume;
        this.language = language;
        List<ResumeLine> all = new ArrayList<>();
        Adder add = (section, entry, line, text, job) -> {
            if (text != null && !text.isBlank()) {
                boolean free = FREE_TEXT.contains(section);
                String folded = free ? Cues.fold(text) : null;
                AnalyzedText analyzed = lexicon.analysis().analyze(free ? Aspirations.stated(text, folded) : text, language);
                all.add(new ResumeLine(new Evidence(section, entry, line, text.strip()), folded, analyzed,
                        lexicon.findAll(analyzed, language), job, language));
            }
        };
        if (resume.summary() != null) {
            List<String> sentences = sentences(resume.summary());
            for (int i = 0; i < sentences.size(); i++) {
                add.line("summary", 0, i, sentences.get(i), -1);
            }
        }
        for (int i = 0; i < resume.skills().size(); i++) {
            add.line("skills", i, 0, resume.skills().get(i), -1);
        }
        for (int i = 0; i < resume.experience().size(); i++) {
            ExperienceEntry job = resume.experience().get(i);
            add.line("experience.position", i, 0, job.position(), i);
            add.line("experience.company", i, 0, job.company(), i);
            List<String> bullets = new ArrayList<>();
            if (job.description() != null) {
                for (String line : job.description().split("\\R")) {
                    bullets.addAll(sentences(BULLET.matcher(line).replaceFirst("")));
                }
            }
            for (int b = 0; b < bullets.size(); b++) {
                add.line("experience.description", i, b, bullets.get(b), i);
            }
            if (job.projects() != null) {
                for (int p = 0; p < job.projects().size(); p++) {
                    add.line("experience.projects", i, p, job.projects().get(p), i);
                }
            }
        }
        for (int i = 0; i < resume.education().size(); i++) {
            EducationEntry study = resume.education().get(i);
            add.line("education", i, 0, study.degree() + (study.field() == null ? "" : ", " + study.field()), -1);
        }
        if (resume.certifications() != null) {
            for (int i = 0; i < resume.certifications().size(); i++) {
                CertificationEntry certificate = resume.certifications().get(i);
                add.line("certifications", i, 0, certificate.name() + (certificate.issuer() == null ? "" : ", " + certificate.issuer()), -1);
            }
        }
        if (resume.languages() != null) {
            for (int i = 0; i < resume.languages().size(); i++) {
                ResumeLanguage spoken = resume.languages().get(i);
                add.line("languages", i, 0, spoken.language() + " (" + spoken.level() + ")", -1);
            }
        }
        this.lines = List.copyOf(all);
    }

    public Language language() {
        return language;
    }

    List<ResumeLine> lines() {
        return lines;
    }

    ResumeContent resume() {
        return resume;
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** All of a resume's text, to detect its language. */
    static String allText(ResumeContent resume) {
        StringBuilder text = new StringBuilder();
        if (resume.summary() != null) {
            text.append(resume.summary()).append('\n');
        }
        resume.experience().forEach(job -> text.append(job.position()).append('\n').append(job.description()).append('\n'));
        resume.skills().forEach(skill -> text.append(skill).append(", "));
        resume.education().forEach(study -> text.append('\n').append(study.degree()).append(' ')
                .append(study.field() == null ? "" : study.field()));
        return text.toString();
    }

    private interface Adder {
        void line(String section, int entry, int line, String text, int job);
    }
}
