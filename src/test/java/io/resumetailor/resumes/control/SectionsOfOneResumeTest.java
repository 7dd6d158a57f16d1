package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes seen in third-party CVs (a Typst CV that splits its jobs over "Servicio público", "Experiencia en docencia" and
 * "Otra experiencia laboral", a Canva CV whose letter-spaced family name in display type stands over the given name in a
 * smaller bold type). Synthetic text of our own in those shapes.
 */
class SectionsOfOneResumeTest {

    private static ResumeContent read(PdfCanvas canvas) {
        return NameAndContactLayoutsTest.read(canvas.pdf()).content();
    }

    @Test
    void publicServiceAndOtherWorkExperienceAreJobs() {
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Otra experiencia laboral"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Servicio público"));
    }

    @Test
    void aSectionOfOneUnclearEntryFollowsTheOrderOfTheResumesOtherJobs() {
        PdfCanvas canvas = new PdfCanvas()
                .bold(50, 40, 16, "Lucía Ferrer Ortega")
                .text(50, 62, 10, "lucia.ferrer@example.org")
                .bold(50, 100, 13, "Servicio público")
                .bold(50, 125, 10, "Secretaría de Hacienda de Jalisco")
                .bold(380, 125, 10, "Desde 2023")
                .text(50, 140, 10, "Analista de presupuesto")
                .bold(50, 170, 13, "Experiencia en docencia")
                .bold(50, 195, 10, "Universidad de Guadalajara")
                .bold(380, 195, 10, "2021 - 2022")
                .text(50, 210, 10, "Asistente de enseñanza para Marta Ruiz en Economía Pública")
                .bold(50, 240, 13, "Otra experiencia laboral")
                .bold(50, 265, 10, "Banco Regional del Pacífico")
                .bold(380, 265, 10, "2018 - 2020")
                .text(50, 280, 10, "Analista de crédito");
        ResumeContent content = read(canvas);
        List<String> employers = content.experience().stream().map(ExperienceEntry::company).toList();
        assertEquals(List.of("Secretaría de Hacienda de Jalisco", "Universidad de Guadalajara", "Banco Regional del Pacífico"), employers,
                content.experience().toString());
        assertEquals("Asistente de enseñanza para Marta Ruiz en Economía Pública", content.experience().get(1).position());
    }

    @Test
    void aLetterSpacedFamilyNameOverTheGivenNameInSmallerBoldCapitals() {
        PdfCanvas canvas = new PdfCanvas()
                .bold(30, 30, 20, "R O N D E A U")
                .bold(30, 52, 16, "CAMILLE")
                .text(200, 80, 13, "Monteuse vidéo, je conçois des contenus pour des artistes.")
                .text(30, 120, 12, "camille.rondeau@example.org")
                .bold(200, 160, 16, "EXPÉRIENCE PROFESSIONNELLE")
                .bold(200, 185, 13, "STUDIO LUMEN | Monteuse    sept. 2020 - fév. 2021")
                .text(200, 200, 13, "Montage de concerts et d'interviews");
        ResumeContent content = read(canvas);
        assertTrue(content.personalInfo().fullName().contains("Camille") && content.personalInfo().fullName().contains("Rondeau"),
                content.personalInfo().toString());
    }
}
