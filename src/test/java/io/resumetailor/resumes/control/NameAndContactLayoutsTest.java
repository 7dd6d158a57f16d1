package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and contact details as real templates draw them; one failure class seen on real resumes each. */
class NameAndContactLayoutsTest {

    static ParsedResume read(byte[] pdf) {
        return ResumeReader.read(DocumentText.extract(pdf, SourceFileType.PDF, Deadline.none()));
    }

    static PdfCanvas experience(PdfCanvas canvas, float top) {
        return canvas.bold(50, top, 13, "Experience")
                .bold(50, top + 22, 10, "Software Engineer, Acme GmbH").right(545, top + 22, 10, "03/2019 - 05/2022");
    }

    @Test
    void joinsALinkedInAddressBrokenAtTheEndOfALine() {
        PersonalInfo person = read(experience(new PdfCanvas().bold(50, 50, 22, "Jane Doe").text(50, 70, 10, "jane.doe@example.org")
                .text(50, 82, 10, "linkedin.com/in/jane-doe-").text(50, 94, 10, "4b7a21c9"), 140).pdf()).content().personalInfo();
        assertEquals("https://www.linkedin.com/in/jane-doe-4b7a21c9", person.linkedin());
        PersonalInfo whole = read(experience(new PdfCanvas().bold(50, 50, 22, "Jane Doe").text(50, 70, 10, "jane.doe@example.org")
                .text(50, 82, 10, "linkedin.com/in/janedoe").text(50, 94, 10, "Hamburg"), 140).pdf()).content().personalInfo();
        assertEquals("https://www.linkedin.com/in/janedoe", whole.linkedin());
    }

    @Test
    void readsANameGivenInOneFormFieldAndAnEmailWrappedByANarrowColumn() {
        PersonalInfo spanish = read(experience(new PdfCanvas().bold(50, 40, 12, "Datos personales")
                .text(50, 60, 10, "Nombre y Apellido: Rodriguez Milagros Sofia").text(50, 72, 10, "DNI: 39176354")
                .text(50, 84, 10, "E-mail: milagros.rodriguez@example.com"), 140).pdf()).content().personalInfo();
        assertEquals("Rodriguez Milagros Sofia", spanish.fullName());
        PersonalInfo wrapped = read(experience(new PdfCanvas().bold(50, 40, 24, "Marcelo Lofiego")
                .text(400, 60, 11, "marceloalejandro@hotmail.c").text(400, 73, 11, "om.ar").text(400, 86, 11, "Mar del Plata"), 140).pdf())
                .content().personalInfo();
        assertEquals("marceloalejandro@hotmail.com.ar", wrapped.email());
        PersonalInfo whole = read(experience(new PdfCanvas().bold(50, 40, 24, "Jane Doe")
                .text(400, 60, 11, "jane@example.com").text(400, 73, 11, "uk"), 140).pdf()).content().personalInfo();
        assertEquals("jane@example.com", whole.email()); // a complete address stays as it is
    }

    @Test
    void readsNoHeadlineNoQualitiesListAndALeadingInitialAsAName() {
        PersonalInfo headline = read(experience(new PdfCanvas().bold(250, 30, 26, "Data Analyst").text(250, 60, 11, "& Marketing")
                .bold(60, 190, 13, "Laura Sebille").text(60, 210, 10, "laura.sebille@example.fr"), 240).pdf()).content().personalInfo();
        assertEquals("Laura Sebille", headline.fullName(), "a job title in display type is a headline");
        PersonalInfo qualities = read(experience(new PdfCanvas().cyrillic(50, 50, 14, "ЛЮБАВИНА АЛЕСЯ АЛЕКСЕЕВНА")
                .text(330, 50, 10, "lyubavina@example.ru").cyrillic(50, 100, 11, "Навыки и компетенции")
                .cyrillic(50, 120, 11, "Коммуникабельность").cyrillic(50, 134, 11, "Ответственность"), 180).pdf()).content().personalInfo();
        assertEquals("Любавина Алеся Алексеевна", qualities.fullName(), "two qualities on consecutive lines are no name");
        PersonalInfo initial = read(experience(new PdfCanvas().text(200, 50, 14, "M. Perry Nerem")
                .text(150, 66, 10, "+1 (443) 693 7724   mnerem@example.edu"), 120).pdf()).content().personalInfo();
        assertEquals("M. Perry Nerem", initial.fullName(), "a given name written as its initial first");
    }

    @Test
    void readsANameAndAnEmailOnOneLine() {
        ParsedResume parsed = read(experience(new PdfCanvas()
                .bold(50, 60, 22, "Jane Doe").text(330, 60, 10, "Email: jane.doe@example.org"), 120).pdf());
        assertEquals("Jane Doe", parsed.content().personalInfo().fullName());
        assertEquals("jane.doe@example.org", parsed.content().personalInfo().email());
    }

    @Test
    void readsAContactBlockAlignedRightBesideTheName() {
        PersonalInfo person = read(experience(new PdfCanvas()
                .right(545, 50, 9, "Elbchaussee 12").right(545, 62, 9, "22765 Hamburg").bold(50, 66, 24, "Katrin Vogel")
                .right(545, 74, 9, "+49 171 2345678").right(545, 86, 9, "katrin.vogel@example.de"), 140).pdf())
                .content().personalInfo();
        assertEquals("Katrin Vogel", person.fullName());
        assertEquals("katrin.vogel@example.de", person.email());
        assertEquals("+49 171 2345678", person.phone());
    }

    @Test
    void collapsesALetterSpacedNameInSmallCaps() {
        ParsedResume parsed = read(experience(new PdfCanvas()
                .spaced(50, 60, 20, 1.5f, "S").spaced(66, 60, 15, 1.5f, "TANISLAV")
                .spaced(170, 60, 20, 1.5f, "B").spaced(186, 60, 15, 1.5f, "ELIAEV")
                .text(50, 80, 10, "stanislav@example.com"), 120).pdf());
        assertEquals("Stanislav Beliaev", parsed.content().personalInfo().fullName());
    }

    @Test
    void readsTheContactsBesideTheNameThatAreReadAfterTheReferencesHeading() {
        // Google Docs: the main column ends with REFERENCES; the phone and email sit at the top right, read after it
        ParsedResume parsed = read(new PdfCanvas().bold(50, 50, 36, "Carla Jensen")
                .bold(50, 120, 12, "EXPERIENCE").text(50, 140, 12, "Northside School District, Provo — Substitute Teacher")
                .text(50, 156, 10, "OCT 2022 - DEC 2022")
                .bold(50, 580, 12, "REFERENCES").text(50, 600, 12, "Mark Olsen — Former Principal").text(50, 616, 12, "(801) 953-5031")
                .bold(400, 60, 11, "(435) 469-1870").bold(400, 74, 11, "carla.jensen@example.com")
                .bold(400, 110, 12, "SKILLS").text(400, 126, 12, "Customer service")
                .bold(400, 600, 12, "AWARDS").text(400, 620, 12, "Sterling Scholar").text(400, 640, 12, "Direct Admit scholarship").pdf());
        assertEquals("carla.jensen@example.com", parsed.content().personalInfo().email());
        assertEquals("(435) 469-1870", parsed.content().personalInfo().phone());
    }

    @Test
    void readsANameWithABirthDateInBracketsAndAPhoneInBracketsAfterTheEmail() {
        ParsedResume parsed = read(experience(new PdfCanvas().bold(50, 50, 14, "Cristina Belmonte López (16/06/89)")
                .text(50, 70, 11, "Bda Las Naciones Bq 29 1oB (Sevilla)")
                .bold(50, 86, 12, "cbelmonte@example.com (680 226 869)"), 140).pdf());
        assertEquals("Cristina Belmonte López", parsed.content().personalInfo().fullName());
        assertEquals("680 226 869", parsed.content().personalInfo().phone());
    }

    @Test
    void readsANameTypedWithASpaceBetweenItsCapitals() {
        // a Word template's name: "J A N A M A R A" / "G A R O" typed letter by letter in 32 pt, a job title under it
        ParsedResume parsed = read(experience(new PdfCanvas()
                .text(50, 60, 30, "L U I S A").text(50, 100, 30, "K E L L E R")
                .text(50, 140, 14, "Angehende Wirtschaftsinformatikerin").text(50, 160, 10, "luisa.keller@example.ch"), 200).pdf());
        assertEquals("Luisa Keller", parsed.content().personalInfo().fullName());
    }

    @Test
    void readsADoubleSurnameJoinedByAnEnDash() {
        // a LaTeX CV: "THOMAS CANISARES–MORÈRE" in bold capitals, the en dash of the font between the two surnames
        ParsedResume parsed = read(experience(new PdfCanvas()
                .bold(50, 40, 11, "THOMAS CANISARES–MORÈRE").bold(50, 60, 11, "Élève-ingénieur en HPC & Big Data")
                .text(50, 80, 9, "t.canisares@example.fr").bold(50, 100, 9, "DGAC, DSNA, Pôle Data"), 140).pdf());
        assertEquals("Thomas Canisares–Morère", parsed.content().personalInfo().fullName());
    }

    @Test
    void splitsAGluedNameWithoutJoiningThePageTitleBelowIt() {
        // moderncv: given and family name in two colours with no space between them, "Lebenslauf" and the email below
        ParsedResume parsed = read(experience(new PdfCanvas()
                .text(300, 60, 33, "LiridonDrenica").text(300, 85, 12, "Lebenslauf").text(420, 85, 12, "liridon@example.de"), 140).pdf());
        assertEquals("Liridon Drenica", parsed.content().personalInfo().fullName());
    }

    @Test
    void joinsAGivenNameWithTheFamilyNameInCapitalsOnTheLineBelow() {
        // a Canva CV: "Gabriela" in 46 pt over "LAVIA" in 43 pt at the top of the main column, the address in the sidebar
        ParsedResume parsed = read(experience(new PdfCanvas()
                .text(50, 60, 12, "CONTACTO").text(50, 80, 10, "General Pacheco. Tigre").text(50, 100, 10, "gblavia@example.com.ar")
                .text(250, 60, 46, "Gabriela").text(250, 110, 43, "LAVIA").text(250, 140, 12, "Profesora de Matemática"), 200).pdf());
        assertEquals("Gabriela Lavia", parsed.content().personalInfo().fullName());
    }

    @Test
    void joinsANameSplitOverTwoLinesAndSkipsThePageTitle() {
        ParsedResume parsed = read(experience(new PdfCanvas()
                .text(50, 40, 12, "Curriculum Vitae").bold(50, 70, 22, "CHRISTIAN").bold(50, 95, 22, "LARICO DEPAZ")
                .text(350, 70, 10, "christian.larico@example.pe"), 140).pdf());
        assertEquals("Christian Larico Depaz", parsed.content().personalInfo().fullName());
    }

    @Test
    void takesAnEmailAndAPhoneOnlyShownBehindLinks() {
        PersonalInfo person = read(experience(new PdfCanvas()
                .bold(50, 60, 22, "Barry Allen").text(350, 60, 10, "Email").text(420, 60, 10, "Phone")
                .link(348, 50, 30, 14, "mailto:barry.allen@example.com").link(418, 50, 34, 14, "tel:+1-555-010-9999"), 120).pdf())
                .content().personalInfo();
        assertEquals("Barry Allen", person.fullName());
        assertEquals("barry.allen@example.com", person.email());
        assertEquals("+1-555-010-9999", person.phone());
    }

    @Test
    void neverTakesTheEmailOfAReference() {
        ParsedResume parsed = read(experience(new PdfCanvas().bold(50, 60, 22, "Ada Lovelace"), 100)
                .bold(50, 200, 13, "References")
                .text(50, 222, 10, "Charles Babbage, Analytical Engines Ltd")
                .text(50, 236, 10, "charles.babbage@example.com, +44 20 7946 0000").pdf());
        assertEquals("Ada Lovelace", parsed.content().personalInfo().fullName());
        assertNull(parsed.content().personalInfo().email());
        assertNull(parsed.content().personalInfo().phone());
        assertTrue(parsed.uncertain().contains("personalInfo.email"), parsed.uncertain().toString());
    }

    @Test
    void joinsALastNameWrappedUnderALargeName() {
        ParsedResume parsed = read(experience(new PdfCanvas()
                .bold(50, 50, 22, "Juan Casado").bold(50, 76, 22, "Ballesteros")
                .text(50, 96, 9, "juan.casado@example.es"), 140).pdf());
        assertEquals("Juan Casado Ballesteros", parsed.content().personalInfo().fullName());
    }

    @Test
    void cutsABirthDateFromTheNameLineAndTakesNoRegionOrHeadingForAName() {
        PersonalInfo person = read(experience(new PdfCanvas()
                .text(50, 50, 16, "Maximiliano Varas Diciembre 17, 1997")
                .text(50, 70, 10, "maximiliano.varas@example.cl • +56965868694")
                .text(50, 84, 10, "José Miguel Carrera, #439 • Región Metropolitana • Chile")
                .bold(50, 110, 15, "Antecedentes Personales").text(50, 130, 10, "Nacionalidad: Chilena"), 160).pdf())
                .content().personalInfo();
        assertEquals("Maximiliano Varas", person.fullName());
    }

    @Test
    void prefersTheMailtoTargetToAnAddressThatLostALigature() {
        PersonalInfo person = read(experience(new PdfCanvas().bold(50, 40, 20, "Anton Gromov")
                .text(50, 70, 12, "E-mail: gromo97@mail.ru").link(48, 58, 160, 16, "mailto://gromoff97@mail.ru"), 120).pdf())
                .content().personalInfo();
        assertEquals("gromoff97@mail.ru", person.email());
    }

    @Test
    void takesAPhoneNumberStandingAloneOutsideTheHeader() {
        PersonalInfo person = read(experience(new PdfCanvas().bold(50, 40, 20, "Ivan Zolin")
                .text(50, 70, 10, "zolin.work@example.ru"), 120)
                .bold(50, 200, 13, "Skills").text(50, 220, 10, "Python, SQL").text(50, 240, 10, "+79069363300").pdf())
                .content().personalInfo();
        assertEquals("+79069363300", person.phone());
    }

    @Test
    void namesALocationGuessedFromItsShapeButNotALabelledOne() throws IOException {
        ParsedResume guessed = read(experience(new PdfCanvas()
                .bold(50, 60, 22, "Jane Doe").text(50, 80, 10, "London, United Kingdom | jane.doe@example.org"), 120).pdf());
        assertEquals("London, United Kingdom", guessed.content().personalInfo().location());
        assertTrue(guessed.uncertain().contains("personalInfo.location"), guessed.uncertain().toString());
        ParsedResume labelled = read(experience(new PdfCanvas()
                .bold(50, 60, 22, "Jane Doe").text(50, 80, 10, "jane.doe@example.org").text(50, 94, 10, "Wohnort: Hamburg"), 120).pdf());
        assertEquals("Hamburg", labelled.content().personalInfo().location());
        assertTrue(!labelled.uncertain().contains("personalInfo.location"), labelled.uncertain().toString());
        ParsedResume docx = ResumeReader.read(DocumentText.extract(ResumeFixtures.docxWithStylesAndLinks().bytes(), SourceFileType.DOCX,
                Deadline.none()));
        assertEquals("London, United Kingdom", docx.content().personalInfo().location(), "the web journey's resume");
        assertTrue(docx.uncertain().contains("personalInfo.location"), docx.uncertain().toString());
    }
    @Test
    void joinsALargeInitialDrawnApartFromItsWord() {
        ParsedResume parsed = read(experience(new PdfCanvas()
                .bold(50, 50, 40, "K laus Weber") // as extracted: the initial a word of its own
                .bold(50, 110, 20, "Persönliches Profil").text(50, 130, 9, "klaus.weber@example.de"), 170).pdf());
        assertEquals("Klaus Weber", parsed.content().personalInfo().fullName());
    }

    @Test
    void joinsANameSetAcrossTwoColumns() {
        PdfCanvas canvas = new PdfCanvas().bold(40, 60, 26, "Lena Maria").bold(300, 60, 26, "Oberholzer")
                .text(300, 100, 10, "lena.oberholzer@example.ch");
        for (int i = 0; i < 8; i++) {
            canvas.text(40, 140 + 16 * i, 10, "Kursleitung Nummer " + (i + 1)).text(300, 140 + 16 * i, 10, "Projektarbeit im Labor Teil " + (i + 1));
        }
        assertEquals("Lena Maria Oberholzer", read(canvas.pdf()).content().personalInfo().fullName());
    }

    @Test
    void readsANameWithAMiddleInitialAboveADegreeLine() {
        ParsedResume parsed = read(experience(new PdfCanvas().text(50, 40, 26, "Laura M. Keating")
                .text(50, 70, 9, "PHD. IN ASTROPHYSICS").text(50, 84, 8, "laura.keating@example.org"), 120).pdf());
        assertEquals("Laura M. Keating", parsed.content().personalInfo().fullName());
    }

    @Test
    void readsAGivenNameWithAnInitialForTheFamilyName() {
        ParsedResume parsed = read(experience(new PdfCanvas().text(200, 40, 23, "RAVI K")
                .text(200, 62, 14, "B.E Candidate – Electrical Engineering")
                .text(50, 80, 12, "Madurai, Tamilnadu").text(50, 94, 12, "ravi.k@example.org"), 140).pdf());
        assertEquals("Ravi K", parsed.content().personalInfo().fullName());
    }

    @Test
    void takesNoNameFromAPrepositionOrPersonalDataLabels() {
        assertTrue(NameReader.nameShaped("Olga Petrova"));
        assertTrue(NameReader.nameShaped("Olga M. Petrova"));
        assertTrue(!NameReader.nameShaped("In Computer Science"));
        assertTrue(!NameReader.nameShaped("Geburtsort Familienstand"));
        assertTrue(!NameReader.nameShaped("Seit Anwendungsentwicklung"));
        assertTrue(NameReader.nameShaped("DETALLE Guillaume Eric J.")); // the family name first, an initial after the given names
        assertTrue(!NameReader.nameShaped("Paris J."));
    }

    @Test
    void readsAnAddressWrittenAgainstHarvesters() {
        ParsedResume parsed = read(new PdfCanvas().text(50, 40, 24, "Florian Hébert").text(50, 70, 17, "Data scientist")
                .text(50, 90, 9, "florian[.]hebert[at]gmail.com").link(48, 82, 120, 12, "mailto:florian[.]hebert[at]gmail.com")
                .bold(50, 120, 14, "Expérience professionnelle").text(50, 140, 10, "06/2022 – Bioinformatics Engineer, Stilla Technologies")
                .pdf());
        assertEquals("florian.hebert@gmail.com", parsed.content().personalInfo().email());
        assertEquals("jane.doe@example.org", ContactDetails.unmasked("jane.doe (at) example (dot) org"));
        assertEquals("see [1] (at the end)", ContactDetails.unmasked("see [1] (at the end)"));
    }

    @Test
    void takesNoEmailFromARefereeLabelledUnderAJob() {
        ParsedResume parsed = read(new PdfCanvas().bold(50, 50, 22, "Lucía Romero").text(50, 70, 10, "Tel: +54 221 555 0100")
                .bold(50, 110, 14, "Experiencia laboral")
                .text(50, 135, 10, "Soporte técnico, Redes del Sur SA").right(545, 135, 10, "10/2023 - presente")
                .text(50, 150, 10, "Referencias: ana.ruiz@redesdelsur.example").pdf());
        assertNull(parsed.content().personalInfo().email(), parsed.content().personalInfo().toString());
        assertTrue(parsed.uncertain().contains("personalInfo.email"), parsed.uncertain().toString());
    }

    @Test
    void readsANameThatContainsTheLettersOfAnInstitutionsAcronym() {
        // "Smith" holds "mit", "Elizabeth" and "Kenneth" hold "eth": no university there
        assertTrue(NameReader.nameShaped("Elizabeth Smith"));
        assertTrue(NameReader.nameShaped("Kenneth Goldsmith"));
        assertTrue(!NameReader.nameShaped("ETH Zürich"));
        ParsedResume parsed = read(experience(new PdfCanvas().bold(50, 50, 22, "Elizabeth Smith").text(50, 70, 10, "liz.smith@example.org"), 120).pdf());
        assertEquals("Elizabeth Smith", parsed.content().personalInfo().fullName());
    }

    @Test
    void dropsTheCredentialsSetAfterTheName() {
        ParsedResume parsed = read(experience(new PdfCanvas().bold(50, 50, 16, "Dana Whitfield BSN, RN, CCRN")
                .text(50, 70, 10, "dana.whitfield@example.org"), 120).pdf());
        assertEquals("Dana Whitfield", parsed.content().personalInfo().fullName());
        assertEquals("Omar Haddad", NameReader.withoutPostNominals("Omar Haddad, P.E."));
        assertEquals("Anna Lee", NameReader.withoutPostNominals("Anna Lee RN"));
        assertEquals("Marie DUPONT", NameReader.withoutPostNominals("Marie DUPONT"), "a family name in capitals stays");
        assertEquals("NGUYEN VAN DO", NameReader.withoutPostNominals("NGUYEN VAN DO"), "a name all in capitals keeps its words");
        assertEquals("Maria Do", NameReader.withoutPostNominals("Maria Do"));
        assertEquals("Riemenschneider, Dennis", NameReader.withoutPostNominals("Riemenschneider, Dennis"));
        assertEquals("Thanh Huong DO", NameReader.withoutPostNominals("Thanh Huong DO"), "a family name that is also a degree");
        assertEquals("Laura Chen", NameReader.withoutPostNominals("Laura Chen MD PhD"));
        assertEquals("GARCÍA LÓPEZ, MARÍA", NameReader.withoutPostNominals("GARCÍA LÓPEZ, MARÍA"), "family names, then the given name");
        assertEquals("Pérez García, JUAN CARLOS", NameReader.withoutPostNominals("Pérez García, JUAN CARLOS"));
        assertEquals("Omar Haddad", NameReader.withoutPostNominals("Omar Haddad, Ph.D."));
    }

    @Test
    void joinsAGivenNameAndAFamilyNameDrawnInTwoTextBoxes() {
        PdfCanvas canvas = new PdfCanvas().bold(40, 50, 34, "Alexander").bold(260, 50, 34, "KOVALENKO")
                .text(40, 90, 12, "Architecte et chef de produit").text(40, 104, 10, "alexander.kovalenko@example.fr");
        assertEquals("Alexander Kovalenko", read(experience(canvas, 140).pdf()).content().personalInfo().fullName());
    }

    @Test
    void readsANameWhoseFontStatesTooSmallASize() {
        // every letter advances by twice its stated width: the stated 9 pt are drawn as 18 pt
        ExtractedText text = DocumentText.extract(experience(new PdfCanvas().stretched(40, 50, 9, 2f, "Cyprien Blanc")
                .stretched(40, 80, 5, 2f, "Jeune ingénieur automobile").text(40, 100, 9, "cyprien.blanc@example.fr"), 140).pdf(),
                SourceFileType.PDF, Deadline.none());
        assertEquals("Cyprien Blanc", text.lines().get(0).text());
        assertTrue(text.lines().get(0).size() > 15, "size " + text.lines().get(0).size());
        assertEquals("Jeune ingénieur automobile", text.lines().get(1).text());
        assertEquals("Cyprien Blanc", ResumeReader.read(text).content().personalInfo().fullName());
        ExtractedText digits = DocumentText.extract(new PdfCanvas().bold(40, 50, 20, "Cyprien Blanc").spaced(300, 50, 10, 4f, "0612345678")
                .pdf(), SourceFileType.PDF, Deadline.none());
        assertTrue(digits.lines().get(0).size() < 21, "letter-spaced digits of equal width are no under-scaled font: " + digits.lines());
    }

    @Test
    void takesTheNameFromAFormRowNotItsLabel() {
        assertTrue(!NameReader.nameShaped("Фамилия Имя Отчество"));
        ParsedResume parsed = read(experience(new PdfCanvas().bold(50, 40, 14, "Curriculum Vitae")
                .text(50, 70, 12, "Cognome Nome").text(250, 70, 12, "Laura Pérez Gil")
                .text(50, 84, 12, "Correo").text(250, 84, 12, "laura.perez@example.es"), 130).pdf());
        assertEquals("Laura Pérez Gil", parsed.content().personalInfo().fullName());
    }

    @Test
    void readsANameFollowedByWhatThePersonDoes() {
        ParsedResume parsed = read(experience(new PdfCanvas().text(50, 40, 20, "Laura Pérez, enfermera quirúrgica")
                .text(50, 64, 10, "laura.perez@example.es"), 120).pdf());
        assertEquals("Laura Pérez", parsed.content().personalInfo().fullName());
        ParsedResume reversed = read(experience(new PdfCanvas().text(50, 40, 20, "Riemenschneider, Dennis")
                .text(50, 64, 10, "dennis.r@example.de"), 120).pdf());
        assertTrue(!"Riemenschneider".equals(reversed.content().personalInfo().fullName()), "a family name before a comma is never the whole name");
        ParsedResume place = read(experience(new PdfCanvas().text(50, 40, 14, "Jonas Weber").text(50, 64, 10, "Granada, Antioquia, Colombia")
                .text(50, 78, 10, "jonas@example.org"), 120).pdf());
        assertEquals("Jonas Weber", place.content().personalInfo().fullName());
    }

    @Test
    void takesAPhoneFromAContactBlockReadAfterTheMainColumn() {
        PersonalInfo person = read(experience(new PdfCanvas().bold(50, 40, 30, "Isabel Weaver"), 90)
                .text(50, 140, 10, "Cooking and cleaning for young children, ages 3-12").text(50, 154, 10, "2018 - 2020")
                .text(50, 168, 10, "Lille, France").text(200, 168, 10, "(636) 497-5595").pdf()).content().personalInfo();
        assertEquals("(636) 497-5595", person.phone());
        assertTrue(ContactDetails.loneNumber("+33 6 09 42 99 87"));
        assertTrue(!ContactDetails.loneNumber("2018 - 2020"), "a range of years");
        assertTrue(!ContactDetails.loneNumber("4711081542"), "digits only, no phone grouping: an id");
        assertTrue(!ContactDetails.loneNumber("12.03.2019"));
        assertTrue(!ContactDetails.loneNumber("03.2019 05.2022"), "dates without a dash");
        assertTrue(!ContactDetails.loneNumber("05/2019 06/2020"));
        assertTrue(!ContactDetails.loneNumber("2014 2016 2018"));
        assertTrue(!ContactDetails.loneNumber("978-3-16-148410-0"), "an ISBN");
        assertTrue(ContactDetails.loneNumber("0171 2345678"));
    }

    @Test
    void readsAFormWhoseLabelsSitInACellOfTheirOwn() {
        // an Ecuadorian Word CV: label and value side by side, an identity number above the phones, one labelled position
        ParsedResume parsed = read(new PdfCanvas().text(50, 40, 22, "CURRICULUM VITAE").bold(50, 80, 16, "INFORMACIÓN PERSONAL")
                .text(50, 110, 10, "Nombre").text(200, 110, 10, "CRISTIAN DAVID Pachacama Simbaña")
                .text(50, 126, 10, "Cédula de Identidad").text(200, 126, 10, "172036467-6")
                .text(50, 142, 10, "Teléfono").text(200, 142, 10, "02-2409868")
                .text(50, 158, 10, "E-mail").text(200, 158, 10, "cristian.pachacama@example.com")
                .bold(50, 190, 16, "EXPERIENCIA")
                .text(50, 214, 10, "Periodo").text(200, 214, 10, "Noviembre 2014 a mayo 2015")
                .text(50, 230, 10, "Institución").text(200, 230, 10, "CLAVEMAT (http://www.clavemat.org)")
                .text(50, 246, 10, "Posición").text(200, 246, 10, "Tutor").pdf());
        assertEquals("Cristian David Pachacama Simbaña", parsed.content().personalInfo().fullName(), "capitals made a name");
        assertEquals("02-2409868", parsed.content().personalInfo().phone());
        assertEquals(1, parsed.content().experience().size(), parsed.content().experience().toString());
        EntryLayoutsTest.assertJob(parsed.content().experience().get(0), "CLAVEMAT", "Tutor", "2014-11", "2015-05");
        assertEquals("", parsed.content().experience().get(0).description());
    }

    @Test
    void readsAFamilyNameThatIsATradesNameInDisplayTypeButNotInABodyLine() {
        // a Spanish two-column design: "PASTOR" is a trade (a pastor) as well as a family name
        ParsedResume pastor = read(new PdfCanvas().bold(205, 44, 30, "JOSE LUIS PASTOR").text(205, 80, 13, "Especialista GIS")
                .bold(30, 200, 12, "CONTACTO").text(30, 224, 8, "jose.pastor@example.es")
                .bold(205, 240, 14, "EXPERIENCIA PROFESIONAL").bold(205, 270, 12, "Consultor GIS")
                .text(205, 286, 9, "Naciones Unidas · 2023 – Actualidad").pdf());
        assertEquals("Jose Luis Pastor", pastor.content().personalInfo().fullName()); // before: "Especialista Gis"
        assertTrue(!NameReader.nameShaped("Senior Pastor"), "a job title in body type stays a job title");
        assertTrue(!NameReader.nameShaped("Jose Luis Pastor"), "only display type at the top of the first page takes the trade as a name");
    }

    @Test
    void joinsThreeGivenNamesInAFormFieldToTheFamilyNameField() {
        ParsedResume parsed = read(experience(new PdfCanvas().bold(50, 40, 16, "Curriculum vitae")
                .text(50, 80, 13, "Nom: Bertani").text(50, 96, 13, "Prénom: Mafalda Bianca Maria")
                .text(50, 112, 13, "Courriel: mafalda.bertani@example.ch"), 150).pdf());
        assertEquals("Mafalda Bianca Maria Bertani", parsed.content().personalInfo().fullName()); // before: the given names alone
    }

    @Test
    void readsANameInDisplayTypeWhoseFirstLetterStandsApart() {
        // a Word template: family name and given name on two lines in 48 pt capitals, the given name's initial kerned apart
        ParsedResume parsed = read(new PdfCanvas().text(300, 90, 48, "POCH").text(300, 150, 48, "S ARAH")
                .text(50, 250, 9, "E-MAIL :").text(50, 262, 9, "sarah.poch@example.fr")
                .bold(300, 240, 11, "FORMATION").text(300, 260, 9, "Master GeoData Science, Université de Salzbourg").pdf());
        assertEquals("Poch Sarah", parsed.content().personalInfo().fullName());
    }

    /**
     * A two-column design that repeats the name and title at the top of each page, its sidebar read first: the name on
     * the first page is no running header, and the title in display type is no skill of the sidebar's list.
     */
    @Test
    void aNameRepeatedAtTheTopOfEachPageAfterTheSidebarIsStillTheName() {
        PdfCanvas canvas = new PdfCanvas()
                .bold(30, 240, 17, "CONTACTO:").text(30, 262, 13, "318 790 68 75").text(30, 284, 13, "lina@example.com")
                .bold(30, 320, 17, "SKILLS").text(30, 342, 13, "Trabajo en equipo").text(30, 358, 13, "Creatividad")
                .text(30, 374, 13, "Contabilidad").text(30, 390, 13, "Facturación").text(30, 406, 13, "Nómina")
                .text(30, 422, 13, "Excel").text(30, 438, 13, "Atención al cliente").text(30, 454, 13, "Archivo")
                .bold(230, 86, 34, "LINA CARDOZO").bold(230, 128, 21, "ADMINISTRADORA")
                .bold(230, 190, 18, "SOBRE MI:").text(230, 212, 13, "Soy administradora de empresas con experiencia")
                .text(230, 228, 13, "en contabilidad y coordinación de equipos.")
                .bold(230, 300, 18, "EXPERIENCIA:").bold(230, 322, 13, "2017-2019").text(230, 338, 13, "Ilogs Corporate SAS")
                .text(230, 354, 13, "coordinador administrativo")
                .bold(230, 400, 18, "EDUCACIÓN:").bold(230, 422, 13, "2009 - 2015").text(230, 438, 13, "Universidad de Boyacá")
                .text(230, 454, 13, "Administradora de empresas")
                .nextPage()
                .bold(230, 81, 34, "LINA CARDOZO").bold(230, 120, 21, "ADMINISTRADORA")
                .bold(30, 240, 17, "IDIOMAS").text(30, 262, 13, "Inglés: B1");
        ResumeContent content = read(canvas.pdf()).content();
        assertEquals("Lina Cardozo", content.personalInfo().fullName());
        assertEquals(List.of("Trabajo en equipo", "Creatividad", "Contabilidad", "Facturación", "Nómina", "Excel",
                "Atención al cliente", "Archivo"), content.skills());
        assertEquals(1, content.experience().size(), content.experience().toString());
        EntryLayoutsTest.assertJob(content.experience().get(0), "Ilogs Corporate SAS", "coordinador administrativo", "2017-01", "2019-12");
    }

    /** A browser's gradient text (CSS background-clip: text): a rectangle of colour masked by a group that holds the glyphs. */
    @Test
    void readsANameDrawnAsTheSoftMaskOfAGradient() throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var bold = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD);
            var plain = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            var maskResources = new org.apache.pdfbox.pdmodel.PDResources();
            var font = maskResources.add(bold);
            var mask = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(document);
            mask.setResources(maskResources);
            mask.setBBox(page.getMediaBox());
            var group = new org.apache.pdfbox.cos.COSDictionary();
            group.setItem(org.apache.pdfbox.cos.COSName.S, org.apache.pdfbox.cos.COSName.TRANSPARENCY);
            mask.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.GROUP, group);
            try (var out = mask.getContentStream().createOutputStream()) {
                out.write(("BT /" + font.getName() + " 28 Tf 72 720 Td (Boris Lichev) Tj ET").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            var softMask = new org.apache.pdfbox.cos.COSDictionary();
            softMask.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.MASK);
            softMask.setItem(org.apache.pdfbox.cos.COSName.S, org.apache.pdfbox.cos.COSName.ALPHA);
            softMask.setItem(org.apache.pdfbox.cos.COSName.G, mask.getCOSObject());
            var state = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
            state.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.SMASK, softMask);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.saveGraphicsState();
                content.setGraphicsStateParameters(state);
                content.setNonStrokingColor(0.1f, 0.4f, 0.8f);
                content.addRect(60, 700, 320, 50);
                content.fill();
                content.restoreGraphicsState();
                content.beginText();
                content.setFont(plain, 11);
                content.newLineAtOffset(72, 670);
                content.showText("Mobile: (+359) 879 665 580");
                content.newLineAtOffset(0, -16);
                content.showText("Email address: b.lichev@example.bg");
                content.endText();
            }
            var bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            PersonalInfo person = read(bytes.toByteArray()).content().personalInfo();
            assertEquals("Boris Lichev", person.fullName());
            assertEquals("b.lichev@example.bg", person.email());
        }
    }
}
