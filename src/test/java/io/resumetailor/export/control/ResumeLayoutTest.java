package io.resumetailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.export.entity.Block;
import io.resumetailor.matching.control.Language;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeLayoutTest {

    static ResumeContent full() {
        return new ResumeContent(
                new PersonalInfo("Ana Pérez", "ana@example.com", "+34 600 000 000", "Madrid", "https://linkedin.com/in/ana", null),
                "Nurse with ten years in intensive care.",
                List.of(new ExperienceEntry("Hospital La Paz", "Staff Nurse", "2019-03", null,
                                "Intensive Care Unit, 12 beds.\n- Mentored new nurses\n• Managed ventilators\n\n", List.of("EPR rollout"),
                                List.of(new ExperienceLink("site", "https://example.org"))),
                        new ExperienceEntry("Clínica Sur", "Nurse", "2014-01", "2019-02", "- Ward rounds", null, null)),
                List.of(new EducationEntry("Universidad Complutense", "BSc", "Nursing", "2010-09", "2014-06")),
                List.of("Ventilation", "ALS"),
                List.of(new CertificationEntry("Advanced Life Support", "ERC", "2021-05")),
                List.of(new ResumeLanguage("Spanish", "native"), new ResumeLanguage("English", "C1")));
    }

    @Test
    void sectionsComeInTheOrderAtsReadersExpect() {
        List<String> headings = ResumeLayout.of(full()).stream().filter(Block.Heading.class::isInstance).map(Block::text).toList();
        assertEquals(List.of("Summary", "Experience", "Education", "Skills", "Certifications", "Languages"), headings);
    }

    @Test
    void nameThenContactsWithLinksClickable() {
        List<Block> blocks = ResumeLayout.of(full());
        assertEquals(new Block.Title("Ana Pérez"), blocks.get(0));
        assertEquals(new Block.Contact("Madrid | ana@example.com | +34 600 000 000", null), blocks.get(1));
        assertEquals(new Block.Contact("https://linkedin.com/in/ana", "https://linkedin.com/in/ana"), blocks.get(2));
    }

    @Test
    void entriesShowPositionCompanyDatesThenBulletsAndPlainLines() {
        List<Block> blocks = ResumeLayout.of(full());
        int at = blocks.indexOf(new Block.Subheading("Staff Nurse at Hospital La Paz"));
        assertTrue(at > 0);
        assertEquals(List.of(new Block.Text("Mar 2019 – Present"), new Block.Text("Intensive Care Unit, 12 beds."),
                        new Block.Bullet("Mentored new nurses"), new Block.Bullet("Managed ventilators"),
                        new Block.Text("Projects: EPR rollout"), new Block.Contact("https://example.org", "https://example.org")),
                blocks.subList(at + 1, at + 7));
        assertTrue(blocks.contains(new Block.Text("Jan 2014 – Feb 2019")));
    }

    @Test
    void educationCertificationsAndLanguagesOnOneLineEach() {
        List<Block> blocks = ResumeLayout.of(full());
        assertTrue(blocks.contains(new Block.Text("BSc in Nursing | Sep 2010 – Jun 2014")), blocks.toString());
        assertTrue(blocks.contains(new Block.Bullet("Advanced Life Support - ERC (May 2021)")));
        assertTrue(blocks.contains(new Block.Text("Spanish — native, English — C1")));
        assertTrue(blocks.contains(new Block.Text("Ventilation, ALS")));
    }

    @Test
    void emptySectionsAreLeftOut() {
        ResumeContent bare = new ResumeContent(new PersonalInfo("Bo", "bo@example.com", null, null, null, null), " ",
                List.of(), List.of(), List.of(), null, List.of());
        assertEquals(List.of(new Block.Title("Bo"), new Block.Contact("bo@example.com", null)), ResumeLayout.of(bare));
    }

    static ResumeContent german() {
        return new ResumeContent(new PersonalInfo("Jonas Weber", "jonas@example.de", null, "Köln", null, null),
                "Elektroniker für Betriebstechnik mit acht Jahren Erfahrung in der Instandhaltung von Produktionsanlagen.",
                List.of(new ExperienceEntry("Ford-Werke GmbH", "Elektroniker", "2018-04", null,
                        "- Wartung und Störungssuche an SPS-gesteuerten Anlagen\n- Prüfung nach DGUV V3", List.of("Umbau Linie 4"), null)),
                List.of(new EducationEntry("IHK Köln", "Ausbildung", "Elektroniker für Betriebstechnik", "2014-09", "2018-02")),
                List.of("Siemens S7", "TIA Portal"), List.of(new CertificationEntry("Elektrofachkraft", "TÜV Rheinland", "2019-06")),
                List.of(new ResumeLanguage("Deutsch", "Muttersprache")));
    }

    @Test
    void aGermanResumeGetsGermanHeadingsAndDates() {
        List<Block> blocks = ResumeLayout.of(german());
        assertEquals(List.of("Profil", "Berufserfahrung", "Ausbildung", "Kenntnisse", "Zertifikate", "Sprachen"),
                blocks.stream().filter(Block.Heading.class::isInstance).map(Block::text).toList());
        assertTrue(blocks.contains(new Block.Subheading("Elektroniker bei Ford-Werke GmbH")), blocks.toString());
        assertTrue(blocks.contains(new Block.Text("04/2018 – heute")), blocks.toString());
        assertTrue(blocks.contains(new Block.Text("Projekte: Umbau Linie 4")), blocks.toString());
        assertTrue(blocks.contains(new Block.Bullet("Elektrofachkraft - TÜV Rheinland (06/2019)")), blocks.toString());
    }

    @Test
    void theLanguageCanBeChosenAndEachOfTheFiveHasItsWords() {
        List<Block> english = ResumeLayout.of(german(), ResumeWords.ofCode("EN").orElseThrow());
        assertTrue(english.contains(new Block.Heading("Experience")));
        assertTrue(english.contains(new Block.Text("Apr 2018 – Present")), english.toString());
        assertEquals("Опыт работы", ResumeWords.ofCode("ru").orElseThrow().experience());
        assertEquals("Expérience professionnelle", ResumeWords.ofCode("fr").orElseThrow().experience());
        assertEquals("Experiencia profesional", ResumeWords.ofCode("es").orElseThrow().experience());
        assertTrue(ResumeWords.ofCode("pt").isEmpty());
        assertTrue(ResumeWords.ofCode(null).isEmpty());
    }

    @Test
    void theResumesLanguageIsReadFromItsOwnSentences() {
        assertEquals(Language.EN, ResumeWords.of(full()).language());
        assertEquals(Language.EN, ResumeWords.language(
                "Backend engineer for payment systems, building billing and invoicing services in Java for banks. "
                        + "Работаю с Java. Поддерживал схемы PostgreSQL."), "a few Russian lines leave an English resume English");
        assertEquals(Language.RU, ResumeWords.language(
                "Разработчик платёжных систем. Поддерживал схемы PostgreSQL и писал сервисы на Java для банков."));
        assertEquals(Language.RU, ResumeWords.language("Разработчик\n- Разработка микросервисов на Java, Spring Boot, Kafka, "
                + "PostgreSQL, Docker, Kubernetes\nБакалавр\nПрикладная информатика"), "Latin tool names do not outvote Russian");
        assertEquals(Language.FR, ResumeWords.language(
                "Infirmière en soins intensifs depuis huit ans, j'accompagne les patients et forme les nouvelles recrues du service."));
    }

    @Test
    void whenTheLanguageCannotBeToldTheWordsAreEnglish() {
        ResumeContent skillsOnly = new ResumeContent(new PersonalInfo("Bo", "bo@example.com", null, null, null, null), null,
                List.of(), List.of(), List.of("Java", "SQL"), null, List.of(new ResumeLanguage("English", "C1")));
        assertEquals(Language.EN, ResumeWords.of(skillsOnly).language());
        assertEquals(Language.EN, ResumeWords.language("Projektleiter\n- Led SAP S/4HANA rollout, Stakeholder-Management\nDiplom-Kaufmann"));
        assertEquals(Language.EN, ResumeWords.language(
                "Infermiera con dieci anni di esperienza in terapia intensiva, responsabile della formazione dei nuovi colleghi."),
                "Italian is none of the five: not Spanish");
        assertEquals(Language.EN, ResumeWords.language(
                "Verpleegkundige met tien jaar ervaring op de intensive care, verantwoordelijk voor het inwerken van nieuwe collega's."));
    }
}
