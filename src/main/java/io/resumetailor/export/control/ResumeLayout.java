package io.resumetailor.export.control;

import io.resumetailor.export.entity.Block;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The single-column layout every document format renders: name, contacts, then Summary,
 * Experience, Education, Skills, Certifications, Languages, with plain headings in the
 * resume's language ({@link ResumeWords}) and dates as "Jan 2020 – Present" ("01/2020 – heute"),
 * the way applicant tracking systems read resumes best (and our own importer reads them back
 * exactly).
 */
public final class ResumeLayout {

    static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[-•*]\\s+");

    /** The text of a description line written as a list item ("- ", "• ", "* "), or null when it is not one. */
    static String bulletText(String line) {
        var bullet = BULLET.matcher(line);
        return bullet.find() ? line.substring(bullet.end()) : null;
    }

    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private ResumeLayout() {
    }

    public static List<Block> of(ResumeContent resume) {
        return of(resume, ResumeWords.of(resume));
    }

    public static List<Block> of(ResumeContent resume, ResumeWords words) {
        List<Block> blocks = new ArrayList<>();
        PersonalInfo person = resume.personalInfo();
        blocks.add(new Block.Title(person.fullName()));
        blocks.add(new Block.Contact(Stream.of(person.location(), person.email(), person.phone()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" | ")), null));
        if (person.linkedin() != null) {
            blocks.add(new Block.Contact(person.linkedin(), person.linkedin()));
        }
        if (person.website() != null) {
            blocks.add(new Block.Contact(person.website(), person.website()));
        }
        if (resume.summary() != null && !resume.summary().isBlank()) {
            blocks.add(new Block.Heading(words.summary()));
            blocks.add(new Block.Text(resume.summary().strip()));
        }
        if (!resume.experience().isEmpty()) {
            blocks.add(new Block.Heading(words.experience()));
            for (ExperienceEntry entry : resume.experience()) {
                blocks.add(new Block.Subheading(entry.position() + words.at() + entry.company()));
                blocks.add(new Block.Text(range(entry.startDate(), entry.endDate(), words)));
                for (String line : entry.description().split("\\R")) {
                    String clean = line.strip();
                    if (clean.isEmpty()) {
                        continue;
                    }
                    String bullet = bulletText(clean);
                    if (bullet != null) {
                        blocks.add(new Block.Bullet(bullet));
                    } else {
                        blocks.add(new Block.Text(clean));
                    }
                }
                if (entry.projects() != null && !entry.projects().isEmpty()) {
                    blocks.add(new Block.Text(words.projects() + ": " + String.join(", ", entry.projects())));
                }
                if (entry.links() != null) {
                    for (ExperienceLink link : entry.links()) {
                        blocks.add(new Block.Contact(link.link(), link.link()));
                    }
                }
            }
        }
        if (!resume.education().isEmpty()) {
            blocks.add(new Block.Heading(words.education()));
            for (EducationEntry entry : resume.education()) {
                blocks.add(new Block.Subheading(entry.institution()));
                blocks.add(new Block.Text(entry.degree() + (entry.field() == null ? "" : words.in() + entry.field()) + " | "
                        + range(entry.startDate(), entry.endDate(), words)));
            }
        }
        if (!resume.skills().isEmpty()) {
            blocks.add(new Block.Heading(words.skills()));
            blocks.add(new Block.Text(String.join(", ", resume.skills())));
        }
        if (resume.certifications() != null && !resume.certifications().isEmpty()) {
            blocks.add(new Block.Heading(words.certifications()));
            for (CertificationEntry certification : resume.certifications()) {
                blocks.add(new Block.Bullet(certification.name()
                        + (certification.issuer() == null ? "" : " - " + certification.issuer())
                        + (certification.date() == null ? "" : " (" + words.month(certification.date()) + ")")));
            }
        }
        if (resume.languages() != null && !resume.languages().isEmpty()) {
            blocks.add(new Block.Heading(words.languages()));
            blocks.add(new Block.Text(resume.languages().stream().map(l -> l.language() + " — " + l.level())
                    .collect(Collectors.joining(", "))));
        }
        return blocks;
    }

    static String range(String start, String end, ResumeWords words) {
        return words.month(start) + " – " + (end == null ? words.present() : words.month(end));
    }
}
