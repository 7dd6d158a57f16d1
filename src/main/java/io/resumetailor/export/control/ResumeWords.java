package io.resumetailor.export.control;

import io.resumetailor.matching.control.Language;
import io.resumetailor.matching.control.LanguageDetection;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The words a document adds to a resume's own text (headings, "Present", "at"), in the
 * resume's language: a German resume exported with "Experience" and "Education" headings reads
 * as half translated to a recruiter, and an applicant tracking system set to German looks for
 * "Berufserfahrung". The headings are the plain ones ATS readers and our own importer know in
 * each language. English writes months as names ("Jan 2020"); the other languages as
 * {@code MM/YYYY}, the form their resumes commonly use and every ATS reads. Spanish joins
 * position and employer with a comma ("Enfermera, Hospital La Paz"): "en" also joins a degree
 * and its subject ("Máster en Derecho"), so a reader cannot tell the two apart by it.
 */
public record ResumeWords(Language language, String summary, String experience, String education, String skills,
                          String certifications, String languages, String present, String at, String in, String projects,
                          String resume, String resumeFor) {

    static final ResumeWords EN = new ResumeWords(Language.EN, "Summary", "Experience", "Education", "Skills", "Certifications",
            "Languages", "Present", " at ", " in ", "Projects", "Resume", "Resume for");
    static final ResumeWords DE = new ResumeWords(Language.DE, "Profil", "Berufserfahrung", "Ausbildung", "Kenntnisse",
            "Zertifikate", "Sprachen", "heute", " bei ", " in ", "Projekte", "Lebenslauf", "Lebenslauf für");
    static final ResumeWords FR = new ResumeWords(Language.FR, "Profil", "Expérience professionnelle", "Formation", "Compétences",
            "Certifications", "Langues", "aujourd'hui", " chez ", " en ", "Projets", "CV", "CV pour");
    static final ResumeWords ES = new ResumeWords(Language.ES, "Perfil", "Experiencia profesional", "Formación", "Habilidades",
            "Certificaciones", "Idiomas", "actualidad", " — ", " en ", "Proyectos", "Currículum", "Currículum para");
    static final ResumeWords RU = new ResumeWords(Language.RU, "О себе", "Опыт работы", "Образование", "Навыки", "Сертификаты",
            "Языки", "по настоящее время", " в ", ", ", "Проекты", "Резюме", "Резюме для");

    /** The words of a language given by its code ({@code en}, {@code de}, {@code fr}, {@code es}, {@code ru}). */
    public static Optional<ResumeWords> ofCode(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(of(language));
            }
        }
        return Optional.empty();
    }

    public static ResumeWords of(Language language) {
        return switch (language) {
            case EN -> EN;
            case DE -> DE;
            case FR -> FR;
            case ES -> ES;
            case RU -> RU;
        };
    }

    /** The words of the language the resume is written in (its own sentences, not its names), English when it cannot tell. */
    public static ResumeWords of(ResumeContent resume) {
        StringJoiner text = new StringJoiner("\n");
        if (resume.summary() != null) {
            text.add(resume.summary());
        }
        for (ExperienceEntry entry : resume.experience()) {
            text.add(entry.position()).add(entry.description());
        }
        for (EducationEntry entry : resume.education()) {
            text.add(entry.degree());
            if (entry.field() != null) {
                text.add(entry.field());
            }
        }
        return of(language(text.toString()));
    }

    /** How sure the detector must be before the document's words leave English (see {@link LanguageDetection#detectSure}). */
    static final double SURE = 0.08;

    /**
     * Russian when most of the letters are Cyrillic (tool names in Latin letters do not outvote
     * it); otherwise the language of the Latin-script text when the detector is sure of it, and
     * English when it is not (a skills-only resume, a list of tools, Italian, a mix of languages).
     */
    static Language language(String text) {
        int letters = 0;
        int cyrillic = 0;
        StringBuilder latin = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isCyrillic = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            if (Character.isLetter(c)) {
                letters++;
                cyrillic += isCyrillic ? 1 : 0;
            }
            latin.append(isCyrillic ? ' ' : c);
        }
        if (letters == 0) {
            return Language.EN;
        }
        if (cyrillic * 2 >= letters) {
            return Language.RU;
        }
        return LanguageDetection.detectSure(latin.toString(), SURE).orElse(Language.EN);
    }

    /** A month of the form YYYY-MM as this language writes it in a date range. */
    String month(String yearMonth) {
        int month = Integer.parseInt(yearMonth.substring(5, 7));
        return language == Language.EN ? ResumeLayout.MONTHS[month - 1] + " " + yearMonth.substring(0, 4)
                : yearMonth.substring(5, 7) + "/" + yearMonth.substring(0, 4);
    }
}
