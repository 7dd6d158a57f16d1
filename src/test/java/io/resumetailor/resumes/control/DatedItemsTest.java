package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.SourceFileType;
import io.resumetailor.resumes.entity.EducationEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Positions written as list items of one sentence each ("• Employer – dates: Position (…)"), under a heading that names
 * the experience by its trade ("Experiencia en docencia, investigación y asesoría"): an academic's CV made with Pages.
 */
class DatedItemsTest {

    @Test
    void readsEmployerDatesAndPositionFromEachItem() {
        byte[] pdf = EntryLayoutsTest.header()
                .bold(50, 110, 13, "Experiencia en docencia, investigación y asesoría")
                .text(50, 127, 11, "Experiencia relativa a evaluación de proyectos disponible en el CvLAC")
                .bold(50, 150, 11, "• Universidad Metropolitana de Educación (UMECIT) – Octubre")
                .text(58, 165, 11, "2024 a Actualmente: Director y evaluador de tesis de doctorado (Doctorado en Ciencias")
                .text(58, 180, 11, "de la Educación).")
                .bold(50, 196, 11, "• Corporación Universitaria Minuto de Dios – Febrero 2020 a Diciembre 2024: Profesor")
                .text(58, 211, 11, "titular (Psicología cognitiva, Epistemología) y coinvestigador en dos proyectos.")
                .bold(50, 227, 11, "• Fundación Empresarios por la Educación – Noviembre 2020: Asesor pedagógico")
                .text(58, 242, 11, "en el Instituto Tecnológico Dosquebradas.")
                .bold(50, 258, 11, "• Fundación Universitaria Los Libertadores – Febrero a Julio 2020: Docente catedrático")
                .text(58, 273, 11, "(Aprendizaje y memoria, Psicología genética).").pdf();
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(pdf);
        assertEquals(4, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Universidad Metropolitana de Educación (UMECIT)", "Director y evaluador de tesis de doctorado",
                "2024-10", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Corporación Universitaria Minuto de Dios", "Profesor titular", "2020-02", "2024-12");
        EntryLayoutsTest.assertJob(jobs.get(2), "Fundación Empresarios por la Educación", "Asesor pedagógico en el Instituto Tecnológico Dosquebradas",
                "2020-11", "2020-11");
        EntryLayoutsTest.assertJob(jobs.get(3), "Fundación Universitaria Los Libertadores", "Docente catedrático", "2020-02", "2020-07");
    }

    @Test
    void aListItemOpeningWithDatesAndAColonHeadsAnEntryOfEducation() {
        // a Swiss CV in Word: each school a bullet "dates : school, country.", the degree on the lines below
        byte[] pdf = EntryLayoutsTest.header().bold(50, 110, 13, "FORMATION")
                .text(50, 130, 11, "• Septembre 2010- Septembre 2013 : Université Catholique du Sacré Cœur de Milan, Italie.")
                .text(58, 145, 11, "Bachelor Degree en langues et littératures étrangères (ayant obtenu une note finale de")
                .text(58, 160, 11, "110 cum laude). Mémoire de Bachelor: “The Forged Feature”.")
                .text(50, 185, 11, "• Février 2014- Décembre 2015 : Université de Berne, Master of Arts en littérature anglaise")
                .text(58, 200, 11, "comme parcours principal et philologie éditoriale comme parcours secondaire")
                .bold(50, 230, 13, "EXPERIENCES PROFESSIONNELLES")
                .text(50, 250, 11, "• Janvier 2015 : Début collaboration comme reporter pour le magazine en ligne tink.ch").pdf();
        List<EducationEntry> schools = ResumeReader.read(DocumentText.extract(pdf, SourceFileType.PDF, Deadline.none())).content().education();
        assertEquals(2, schools.size(), schools.toString()); // before: none
        assertEquals("Université Catholique du Sacré Cœur de Milan", schools.get(0).institution());
        assertEquals("2010-09", schools.get(0).startDate());
        assertEquals("Université de Berne", schools.get(1).institution());
        assertEquals("Master of Arts", schools.get(1).degree());
    }

    @Test
    void theNextItemsDegreeIsNotTheSchoolAbovesDegree() {
        byte[] pdf = EntryLayoutsTest.header().bold(50, 110, 13, "Education:")
                .text(50, 130, 10, "• M.A. in Economics").text(58, 145, 10, "Boston College, Boston (2018 – 2019)")
                .text(50, 165, 10, "• BA. in Economics").text(58, 180, 10, "Universidad Nacional Agraria La Molina, Lima (2009 – 2013)").pdf();
        List<EducationEntry> schools = ResumeReader.read(DocumentText.extract(pdf, SourceFileType.PDF, Deadline.none())).content().education();
        assertTrue(schools.stream().noneMatch(s -> s.institution().startsWith("Boston") && "BA".equals(s.degree())), schools.toString());
    }

    @Test
    void leavesListItemsWithoutThatShapeToTheDescription() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .bold(50, 135, 10, "Nurse, St Mary's Hospital").right(545, 135, 10, "2019 – 2023")
                .text(60, 149, 10, "• Ward A – 2019 to 2020: night shifts on the surgical ward")
                .text(60, 163, 10, "• Ward B – 2021 to 2023: day shifts in oncology").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "St Mary's Hospital", "Nurse", "2019-01", "2023-12");
    }
}
