package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes seen in third-party CVs (a web page printed from Chromium whose main column goes on over
 * the page break beside a sidebar, a Word CV exported by PDFMaker with two-digit years and a space
 * of a blank line drawn a few points off the row, a Canva CV whose dates close each education entry
 * and whose dates are stacked in a column). Synthetic text of our own in those shapes.
 */
class ColumnsAndShortYearsTest {

    private static ResumeContent read(PdfCanvas canvas) {
        return NameAndContactLayoutsTest.read(canvas.pdf()).content();
    }

    @Test
    void aMainColumnThatGoesOnOverThePageBreakKeepsItsHeading() {
        PdfCanvas canvas = new PdfCanvas()
                .bold(50, 40, 22, "Jonas Weidmann")
                .text(50, 70, 11, "Vertriebsprofi mit langjähriger Erfahrung")
                .bold(50, 120, 13, "Beruflicher Werdegang")
                .bold(50, 150, 10, "Jan. 2022 - Dez. 2024   Account Manager")
                .text(50, 165, 10, "Nordlicht Software GmbH, Hamburg")
                .text(50, 180, 10, "Betreuung von Bestandskunden")
                .bold(50, 210, 10, "Mai 2019 - Dez. 2021   Vertriebsassistent")
                .text(50, 225, 10, "Kuhn Maschinenbau AG, Kiel")
                .text(50, 240, 10, "Angebotserstellung und Auftragsabwicklung")
                .bold(380, 133, 13, "Persönliche Daten")
                .text(380, 158, 10, "jonas.weidmann@example.org")
                .text(380, 176, 10, "+49 170 0000000")
                .bold(380, 208, 13, "Kenntnisse")
                .text(380, 232, 10, "Salesforce")
                .text(380, 252, 10, "Pipedrive")
                .text(380, 272, 10, "Hubspot")
                .nextPage()
                .bold(50, 40, 10, "Juni 2016 - Apr. 2019   Verkäufer")
                .text(50, 55, 10, "Autohaus Brandt GmbH, Lübeck")
                .text(50, 70, 10, "Beratung und Verkauf von Neuwagen")
                .bold(50, 100, 10, "Aug. 2013 - Mai 2016   Kaufmännischer Angestellter")
                .text(50, 115, 10, "Hafen Logistik GmbH, Rostock")
                .text(50, 130, 10, "Disposition und Rechnungsprüfung")
                .text(380, 47, 10, "Microsoft Dynamics 365")
                .text(380, 67, 10, "SAP")
                .text(380, 87, 10, "Trello")
                .text(380, 107, 10, "ChatGPT");
        ResumeContent content = read(canvas);
        List<String> employers = content.experience().stream().map(ExperienceEntry::company).toList();
        assertEquals(List.of("Nordlicht Software GmbH", "Kuhn Maschinenbau AG", "Autohaus Brandt GmbH", "Hafen Logistik GmbH"),
                employers);
        assertTrue(content.skills().contains("Trello"), content.skills().toString());
        assertTrue(content.skills().stream().noneMatch(s -> s.contains("Autohaus")), content.skills().toString());
    }

    @Test
    void namedMonthsWithTwoDigitYearsAreARangeJoinedByADash() {
        MonthRange range = MonthRange.find("Conseillère de vente | juillet 19 – Février 2023").orElseThrow();
        assertEquals("2019-07", range.start());
        assertEquals("2023-02", range.end());
        MonthRange both = MonthRange.find("mai 22 – Octobre 22").orElseThrow();
        assertEquals("2022-05", both.start());
        assertEquals("2022-10", both.end());
        assertTrue(MonthRange.find("Jan 21 - present").orElseThrow().present());
        assertTrue(MonthRange.find("May 22 – June 30, 2023").isEmpty(), "days of two months, not two years");
        assertTrue(MonthRange.find("Mai 22 – Juni 28").isEmpty(), "no end later than next year");
        assertTrue(MonthRange.find("juillet 19").isEmpty(), "alone, a day of July as much as a year");
    }

    @Test
    void aStrayCommaBeforeTheEndYearKeepsTheRange() {
        MonthRange range = MonthRange.find("1989 - ,2022").orElseThrow();
        assertEquals("1989-01", range.start());
        assertEquals("2022-12", range.end());
    }

    @Test
    void anEndYearWrappedToTheNextLineClosesTheRange() {
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 40, 20, "Camille Verdier")
                .text(50, 66, 10, "camille.verdier@example.org")
                .bold(50, 100, 13, "EXPERIENCES PROFESSIONNELLES")
                .text(50, 125, 10, "Conseillère de vente polyvalente| Maison Durand | juillet 19 – Février")
                .text(50, 138, 10, "2023")
                .text(60, 152, 10, "- Satisfaction et fidélisation de la clientèle"));
        List<ExperienceEntry> jobs = content.experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals("2019-07", jobs.get(0).startDate());
        assertEquals("2023-02", jobs.get(0).endDate());
        assertEquals("Maison Durand", jobs.get(0).company());
    }

    @Test
    void theEndOfATimelineRangeReadAsAListItemClosesTheRange() {
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 40, 20, "Jonas Weidmann")
                .text(50, 66, 10, "jonas.weidmann@example.org")
                .bold(50, 100, 13, "Beruflicher Werdegang")
                .bold(50, 130, 10, "Jan. 2024")
                .bold(140, 130, 10, "Sales Professional")
                .text(50, 144, 10, "- Juni 2024")
                .text(140, 150, 10, "EverHome GmbH, München")
                .text(140, 170, 10, "Beratung und Vertrieb von Cloudlösungen"));
        List<ExperienceEntry> jobs = content.experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals("2024-01", jobs.get(0).startDate());
        assertEquals("2024-06", jobs.get(0).endDate());
    }

    @Test
    void aDateCutFromBetweenTwoBarsLeavesTwoParts() {
        assertEquals("Web&Go | Epitech", EntrySplitter.cut("Web&Go | mai 22 – Octobre 22| Epitech", 9, 28));
        assertEquals("Web&Go Epitech", EntrySplitter.cut("Web&Go mai 22 – Octobre 22 Epitech", 7, 26));
    }

    @Test
    void aSpaceOfABlankLineDrawnAFewPointsOffTheRowCutsNoWord() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 100;
        for (char c : "3magroup".toCharArray()) {
            glyphs.add(new Glyph(String.valueOf(c), x, x + 5, 261.2f, 9, false, false));
            x += 5;
        }
        glyphs.add(new Glyph(" ", 123, 126, 256.3f, 11, false, false)); // an empty paragraph's space, 5 points higher
        List<PdfRow> rows = PdfWords.rows(glyphs);
        assertEquals(1, rows.size());
        assertEquals(List.of("3magroup"), rows.get(0).words().stream().map(PdfWord::text).toList());
    }

    @Test
    void aNationalNumberWithoutSpacesIsAPhone() {
        assertTrue(ContactDetails.loneNumber("0646778522"));
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 40, 20, "HELENE SCHRECK-DEVELOPPEUR")
                .bold(50, 90, 13, "OBJECTIF")
                .text(50, 110, 10, "Je souhaite mettre en pratique mes acquis")
                .text(50, 130, 10, "helene.schreck@example.org")
                .text(300, 130, 10, "0646778522"));
        assertEquals("0646778522", content.personalInfo().phone());
        assertEquals("Helene Schreck", content.personalInfo().fullName());
    }

    @Test
    void aChambersCertificateAboveItsTrainerIsTheDegree() {
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 40, 20, "Jonas Weidmann")
                .text(50, 66, 10, "jonas.weidmann@example.org")
                .bold(50, 100, 13, "Ausbildung")
                .bold(50, 130, 10, "März 2021 - Sep. 2021")
                .bold(160, 130, 10, "IHK Fachmann Versicherungsvermittlung")
                .text(160, 145, 10, "ARAG, München")
                .bold(50, 175, 10, "Okt. 1999 - Juli 2001")
                .bold(160, 175, 10, "IT System Kaufmann IHK")
                .text(160, 190, 10, "CADENAS, Augsburg"));
        List<EducationEntry> studies = content.education();
        assertEquals(2, studies.size(), studies.toString());
        assertEquals("ARAG", studies.get(0).institution());
        assertEquals("IHK Fachmann Versicherungsvermittlung", studies.get(0).degree());
        assertEquals("CADENAS", studies.get(1).institution());
    }

    /** A Canva CV's education in a narrow column: each title wraps over lines in bold, and its dates close it. */
    private static PdfCanvas firstStudyClosedByItsDates() {
        return new PdfCanvas()
                .bold(50, 40, 20, "BEATRICE NJERI KAMAU")
                .text(50, 66, 10, "beatrice.kamau@example.org")
                .bold(50, 100, 18, "Education")
                .bold(50, 125, 13, "Higher Diploma in Psychological")
                .bold(50, 140, 13, "Counseling")
                .bold(50, 155, 13, "Serein Educational Centre")
                .text(50, 170, 13, "2020-2022");
    }

    @Test
    void datesThatCloseEachEntryLetALaterTitleRunLonger() {
        ResumeContent content = read(firstStudyClosedByItsDates()
                .bold(50, 185, 13, "Certificate in Psychological")
                .bold(50, 200, 13, "Counseling")
                .bold(50, 215, 13, "Kenya Institute of Professional")
                .bold(50, 230, 13, "Counseling")
                .text(50, 245, 13, "2008")
                .bold(50, 260, 13, "Diploma in Technical Education")
                .bold(50, 275, 13, "KTTC")
                .text(50, 290, 13, "1991-1992"));
        List<EducationEntry> studies = content.education();
        assertEquals(3, studies.size(), studies.toString());
        assertTrue(studies.get(1).degree().startsWith("Certificate"), studies.toString());
        assertEquals("2008-12", studies.get(1).endDate(), studies.toString());
    }

    @Test
    void anEntrysTitleNamingItsSectionInTheEntriesTypeHeadsNothing() {
        byte[] pdf = firstStudyClosedByItsDates()
                .bold(50, 185, 13, "Induction Course in Education")
                .bold(50, 200, 13, "Management for Senior Teachers")
                .bold(50, 215, 13, "Kenya Education Management Institute")
                .text(50, 230, 13, "2013")
                .pdf();
        List<ResumeSection> sections = SectionHeadings.split(ResumeReader.lines(
                DocumentText.extract(pdf, io.resumetailor.resumes.entity.SourceFileType.PDF, Deadline.none())));
        List<String> headings = sections.stream().filter(s -> s.heading() != null).map(s -> s.heading().text()).toList();
        assertEquals(List.of("Education"), headings);
    }

    @Test
    void aLanguagesLevelInTheSkillsListIsNoSkill() {
        assertEquals(List.of("Excel"), SkillReader.items("Fließend, Verhandlungssicher, Excel"));
        assertEquals(List.of("SAP"), SkillReader.items("Niveau C1, SAP"));
        assertEquals(List.of("C1", "CE"), SkillReader.items("C1, CE"), "driving licence classes stay");
    }

    @Test
    void aRangeBrokenAfterItsToWordGoesOnOnTheNextLine() {
        assertTrue(MonthRange.find("Lafuente 354 Octubre 2020 hasta la actualidad").orElseThrow().present());
        assertTrue(MonthRange.dangling("Lafuente 354 Octubre 2020 hasta la").isPresent());
        assertTrue(MonthRange.dangling("Octubre 2020 hasta").isPresent());
        assertTrue(MonthRange.dangling("Octubre 2020 en Lafuente").isEmpty());
    }

    @Test
    void anAtSignSetApartBySpacesStillJoinsTheAddress() {
        assertEquals("Lecturer m.petit@surrey.ac.uk", ContactDetails.unmasked("Lecturer m.petit @ surrey.ac.uk"));
        assertEquals("Tom @ home", ContactDetails.unmasked("Tom @ home"), "no domain, no address");
    }

    @Test
    void presentDayEndsARangeAndAHalfYearIsADuration() {
        MonthRange range = MonthRange.find("Lecturer in Virology: July 2023 to present day").orElseThrow();
        assertTrue(range.present());
        assertEquals("Lecturer in Virology:".length() + 1 + "July 2023 to present day".length(), range.to());
        assertEquals("Post-doctoral training", EntrySplitter.cut("Post-doctoral training: September 2017 to February 2021 31/2years",
                "Post-doctoral training: ".length(), "Post-doctoral training: September 2017 to February 2021".length()));
    }

    @Test
    void anEmployerBelowItsTitleBesideItsTownIsTheEmployer() {
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 40, 20, "CLAIRE DUVAL")
                .text(50, 66, 10, "claire.duval@example.org")
                .text(50, 100, 13, "EXPÉRIENCE PROFESSIONNELLE")
                .text(50, 125, 9, "Chargée de mission")
                .text(420, 125, 9, "Septembre 2023 – Août 2024")
                .text(50, 137, 9, "Ministère de l'économie et des finances - Bureau des échanges extérieurs avec les pays tiers")
                .text(470, 137, 9, "Paris, France")
                .text(50, 152, 9, "Junior Economiste")
                .text(420, 152, 9, "Juin 2020 – Septembre 2020")
                .text(50, 164, 9, "Centre d'études prospectives et d'informations internationales (CEPII)")
                .text(470, 164, 9, "Paris, France"));
        List<String> employers = content.experience().stream().map(ExperienceEntry::company).toList();
        assertEquals(List.of("Ministère de l'économie et des finances",
                "Centre d'études prospectives et d'informations internationales (CEPII)"), employers);
    }

    @Test
    void aFrenchRegionAfterTheEmployerIsNoPartOfIt() {
        assertEquals("Caisse d'Epargne", ExperienceReader.withoutTown("Caisse d'Epargne, Région parisienne"));
    }
}
