package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import io.resumetailor.resumes.entity.SourceFileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtCell;
import org.junit.jupiter.api.Test;

/** Word documents as people write them; one failure class seen on real resumes each. */
class DocxLayoutsTest {

    static ResumeContent read(XWPFDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.write(out);
        return ResumeReader.read(DocumentText.extract(out.toByteArray(), SourceFileType.DOCX, Deadline.none())).content();
    }

    static XWPFParagraph paragraph(XWPFDocument document, String text, boolean bold, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        return paragraph;
    }

    /** A paragraph style that shows its text in capitals ("All caps"), as name and title styles of Word templates do. */
    static void capitalsStyle(XWPFDocument document, String id, String name) {
        var style = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.addNewRPr().addNewCaps();
        document.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    }

    @Test
    void readsADocumentMadeOnlyOfListItems() throws IOException {
        try (var document = new XWPFDocument()) {
            BigInteger list = ResumeFixtures.bulletNumbering(document);
            paragraph(document, "Lucas Trgovac", true, 16);
            paragraph(document, "lucas.trgovac@example.com", false, 10);
            paragraph(document, "Erfahrung", true, 12);
            for (String line : List.of("Software Entwicklung Praktikum bei BMW Group", "seit 02/2023",
                    "Einfügen neuer Inhalte in verschiedene Applikationen", "Werkstudent bei Fressnapf Holding SE",
                    "08/2022 – 02/2023", "Entwicklung einer Geschäftssoftware für interne Märkte")) {
                paragraph(document, line, false, 10).setNumID(list);
            }
            ResumeContent content = read(document);
            assertEquals(2, content.experience().size(), content.experience().toString());
            assertEquals("BMW Group", content.experience().get(0).company());
            assertEquals("Software Entwicklung Praktikum", content.experience().get(0).position());
            assertEquals("2023-02", content.experience().get(0).startDate());
            assertEquals(null, content.experience().get(0).endDate());
            assertEquals("Fressnapf Holding SE", content.experience().get(1).company());
        }
    }

    @Test
    void readsAPublicEmployersFullNameAndJobsAfterAnAchievementsLabel() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "AMINATA JALLOW CEESAY", true, 14);
            paragraph(document, "(+220) 7000000 aminata.ceesay@example.org", true, 10);
            paragraph(document, "PROFESSIONAL EXPERIENCE", true, 12);
            for (String line : List.of("Programme Officer",
                    "Ministry of Fisheries Water Resources and National Assembly Matters (MOFWR)- Project Coordination Unit (PCU), The Gambia",
                    "March 2022 – Present", "• Prepare quarterly reports for the coordination unit.")) {
                paragraph(document, line, false, 12);
            }
            paragraph(document, "Achievements", true, 12);
            for (String line : List.of("Helped to mobilise funding for two coastal resilience projects.", "Research Assistant",
                    "University of Texas at Tyler, TX", "August 2019 - December 2019", "• Conducted phone surveys of registered voters.")) {
                paragraph(document, line, false, 12);
            }
            paragraph(document, "HONORS AND AWARDS", true, 12);
            paragraph(document, "• Outstanding Delegation, March 2019", false, 12);
            ResumeContent content = read(document);
            assertEquals(2, content.experience().size(), content.experience().toString());
            assertEquals("Programme Officer", content.experience().get(0).position());
            assertTrue(content.experience().get(0).company().startsWith("Ministry of Fisheries Water Resources"),
                    content.experience().get(0).company());
            assertEquals("2022-03", content.experience().get(0).startDate());
            assertEquals("Research Assistant", content.experience().get(1).position());
            assertEquals("University of Texas at Tyler", content.experience().get(1).company());
            assertEquals("2019-08", content.experience().get(1).startDate());
        }
    }

    @Test
    void readsContactTablesAndEntryTablesRowByRow() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Persönliche Daten", true, 14);
            XWPFTable contact = document.createTable(3, 2);
            String[][] rows = {{"Name", "Laurynas Puskunigis"}, {"E-Mail", "laurynas@example.com"}, {"Tel.", "015901634952"}};
            for (int r = 0; r < rows.length; r++) {
                contact.getRow(r).getCell(0).setText(rows[r][0]);
                contact.getRow(r).getCell(1).setText(rows[r][1]);
            }
            paragraph(document, "Berufserfahrung", true, 14);
            XWPFTable jobs = document.createTable(1, 4);
            var cells = jobs.getRow(0).getTableCells();
            cells.get(0).setText("Software Entwicklung");
            cells.get(0).addParagraph().createRun().setText("Praktikum");
            cells.get(1).setText("BMW Group");
            cells.get(2).setText("Regensburg,");
            cells.get(2).addParagraph().createRun().setText("Deutschland");
            cells.get(3).setText("seit 02/2023");
            ResumeContent content = read(document);
            assertEquals("Laurynas Puskunigis", content.personalInfo().fullName());
            assertEquals("laurynas@example.com", content.personalInfo().email());
            assertEquals("015901634952", content.personalInfo().phone());
            assertEquals(1, content.experience().size(), content.experience().toString());
            assertEquals("BMW Group", content.experience().get(0).company());
            assertEquals("Software Entwicklung Praktikum", content.experience().get(0).position());
        }
    }

    @Test
    void readsTheNameFromThePageHeaderAndSkillsWithTypedBullets() throws IOException {
        try (var document = new XWPFDocument()) {
            var header = new XWPFHeaderFooterPolicy(document).createHeader(XWPFHeaderFooterPolicy.DEFAULT);
            XWPFRun name = header.createParagraph().createRun();
            name.setText("Juan Casado Ballesteros");
            name.setBold(true);
            name.setFontSize(18);
            header.createParagraph().createRun().setText("juan.casado@example.es | +34 600 000 000");
            paragraph(document, "Lenguajes de programación y otras tecnologías", true, 12);
            paragraph(document, "- C++, Java, Python, PL/SQL, CI/CD", false, 10);
            paragraph(document, "- Deutsch(C1), Englisch(C1), Kroatisch(Muttersprache)", false, 10);
            ResumeContent content = read(document);
            assertEquals("Juan Casado Ballesteros", content.personalInfo().fullName());
            assertEquals("juan.casado@example.es", content.personalInfo().email());
            assertEquals(List.of("C++", "Java", "Python", "PL/SQL", "CI/CD"), content.skills());
            assertEquals(List.of(new ResumeLanguage("Deutsch", "C1"), new ResumeLanguage("Englisch", "C1"),
                    new ResumeLanguage("Kroatisch", "Muttersprache")), content.languages());
        }
    }

    @Test
    void takesNoSummaryStatementHeadingForTheName() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Steven D. Karver", true, 12);
            paragraph(document, "1934 Declaration Drive", true, 12);
            paragraph(document, "Greenfield, IN 46140", true, 12);
            paragraph(document, "skarver@example.com", true, 12);
            paragraph(document, "SUMMARY STATEMENT", true, 14);
            paragraph(document, "Twenty-one years of collegiate teaching experience.", false, 12);
            ResumeContent content = read(document);
            assertEquals("Steven D. Karver", content.personalInfo().fullName());
            assertEquals("Twenty-one years of collegiate teaching experience.", content.summary());
        }
    }

    /** Word keeps a text box twice: as DrawingML and as a VML fallback. */
    static final String TEXT_BOX_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
                xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>
            <w:p><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>Julian Salinas Rojas</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
              <w:p><w:r><w:t>julian.salinas@example.cr</w:t></w:r></w:p><w:p><w:r><w:t>+506 8888 0000</w:t></w:r></w:p>
            </w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
              <w:p><w:r><w:t>julian.salinas@example.cr</w:t></w:r></w:p><w:p><w:r><w:t>+506 8888 0000</w:t></w:r></w:p>
            </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            </w:body></w:document>""";

    @Test
    void readsATextBoxOnce() throws IOException {
        ExtractedText text = DocumentText.extract(docx(TEXT_BOX_DOCUMENT), SourceFileType.DOCX, Deadline.none());
        assertEquals(1, text.text().split("julian.salinas@example.cr", -1).length - 1, text.text());
        ResumeContent content = ResumeReader.read(text).content();
        assertEquals("Julian Salinas Rojas", content.personalInfo().fullName());
        assertEquals("julian.salinas@example.cr", content.personalInfo().email());
        assertEquals("+506 8888 0000", content.personalInfo().phone());
    }

    /** A page of older Word: every block a VML text box only (no DrawingML), paragraphs of several runs, headings in bold. */
    static final String VML_BOXES_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                xmlns:v="urn:schemas-microsoft-com:vml"><w:body>
            <w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>
              <w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Личные качества</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>Трудолюбив</w:t></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr>
                <w:t>, ответственен, прилежен в работе.</w:t></w:r></w:p>
            </w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>
              <w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Опыт работы</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>2019 – 2023 Продавец-консультант, ООО «Ромашка»</w:t></w:r></w:p>
            </w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
            <w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>
              <w:p><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>Личные данные</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:sz w:val="36"/></w:rPr><w:t xml:space="preserve">ФИО: </w:t></w:r><w:r><w:rPr><w:sz w:val="36"/></w:rPr>
                <w:t>Ефимов Николай Евгеньевич</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:sz w:val="36"/></w:rPr><w:t>Email</w:t></w:r><w:r><w:rPr><w:sz w:val="36"/></w:rPr><w:t>:</w:t></w:r>
                <w:r><w:rPr><w:sz w:val="36"/></w:rPr><w:t xml:space="preserve"> n.efimov@example.ru</w:t></w:r></w:p>
            </w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
            </w:body></w:document>""";

    @Test
    void readsTheParagraphsOfVmlTextBoxesWholeAndOnce() throws IOException {
        ExtractedText text = DocumentText.extract(docx(VML_BOXES_DOCUMENT), SourceFileType.DOCX, Deadline.none());
        List<String> lines = List.of(text.text().split("\\R"));
        assertTrue(lines.contains("Трудолюбив, ответственен, прилежен в работе."), text.text());
        assertTrue(lines.stream().noneMatch(line -> line.strip().equals("(") || line.strip().equals(")")), text.text());
        assertEquals(1, text.text().split("Опыт работы", -1).length - 1, text.text());
        assertTrue(text.lines().stream().anyMatch(line -> line.text().equals("Личные данные") && line.bold() && line.size() == 18f),
                text.lines().toString());
        ResumeContent content = ResumeReader.read(text).content();
        assertEquals("n.efimov@example.ru", content.personalInfo().email());
        assertEquals(1, content.experience().size(), content.experience().toString());
    }

    /** A DOCX package of one main document part. */
    static byte[] docx(String documentXml) throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
            String rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>";
            for (String[] entry : new String[][]{{"[Content_Types].xml", types}, {"_rels/.rels", rels},
                    {"word/document.xml", documentXml.strip()}}) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry[0]));
                out.write(entry[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return zip.toByteArray();
    }

    @Test
    void readsRussianHeadingsDatesAndLevels() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Антон Громов", true, 20);
            paragraph(document, "anton.gromov@example.ru", false, 10);
            paragraph(document, "Опыт работы", true, 14);
            paragraph(document, "Ведущий разработчик | АО Альфа банк | Москва", true, 11);
            paragraph(document, "Апрель 2019 - по настоящее время", false, 10);
            paragraph(document, "Языки", true, 14);
            paragraph(document, "Русский — родной", false, 10);
            paragraph(document, "Английский — B2", false, 10);
            ResumeContent content = read(document);
            assertEquals("Антон Громов", content.personalInfo().fullName());
            assertEquals(1, content.experience().size(), content.experience().toString());
            assertEquals("АО Альфа банк", content.experience().get(0).company());
            assertEquals("Ведущий разработчик", content.experience().get(0).position());
            assertEquals("2019-04", content.experience().get(0).startDate());
            assertTrue(content.experience().get(0).endDate() == null);
            assertEquals(List.of(new ResumeLanguage("Русский", "родной"), new ResumeLanguage("Английский", "B2")), content.languages());
        }
    }

    @Test
    void readsAPositionSetAboveItsEmployerWhenTheJobAboveSetItsEmployerBelowTheDate() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Сорокина Ирина Павловна", true, 16);
            paragraph(document, "Телефон: 8-900-000-0000 Email: sorokina@example.ru", false, 10);
            paragraph(document, "Опыт работы", true, 14);
            for (String line : List.of("Главный бухгалтер", "март/2015 - текущее время", "ООО «Уралпром», город Пермь",
                    "Функциональные обязанности:", "Ведение налогового учёта", "Сдача отчётности",
                    "Бухгалтер", "ООО «Камалес», город Пермь", "июнь/2009 - февраль/2015", "Функциональные обязанности:",
                    "Расчёт заработной платы", "Кассир", "ЗАО «Пермский хлеб», город Пермь", "2004 год - май/2009",
                    "Функциональные обязанности:", "Работа с наличными")) {
                paragraph(document, line, false, 11);
            }
            ResumeContent content = read(document);
            assertEquals(3, content.experience().size(), content.experience().toString());
            EntryLayoutsTest.assertJob(content.experience().get(0), "ООО «Уралпром»", "Главный бухгалтер", "2015-03", null);
            EntryLayoutsTest.assertJob(content.experience().get(1), "ООО «Камалес»", "Бухгалтер", "2009-06", "2015-02");
            EntryLayoutsTest.assertJob(content.experience().get(2), "ЗАО «Пермский хлеб»", "Кассир", "2004-01", "2009-05");
            assertTrue(!content.experience().get(0).description().contains("Бухгалтер")
                    && !content.experience().get(1).description().contains("Кассир"), "the next job's position is no duty of the job above");
        }
    }

    @Test
    void readsAPositionWrittenAsTheFirstSentenceOfTheJobsParagraph() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Dana Whitfield", true, 16);
            paragraph(document, "(425) 555-0134 | dana.whitfield@example.com", false, 10);
            paragraph(document, "Work Experience", true, 12);
            paragraph(document, "Cedar Homes LLC, Woodinville WA ........................ April 2024 – Present", false, 11);
            paragraph(document, "Project Manager. Cedar Homes is a small general contractor for custom homes. Created Gantt charts.", false, 11);
            paragraph(document, "Ridge Paving Inc, Pullman, WA ........................ July 2021 – April 2024", false, 11);
            paragraph(document, "Project Manager and Cost Estimator. Ridge Paving is a heavy construction company. Performed takeoffs.", false, 11);
            ResumeContent content = read(document);
            assertEquals(2, content.experience().size(), content.experience().toString());
            EntryLayoutsTest.assertJob(content.experience().get(0), "Cedar Homes LLC", "Project Manager", "2024-04", null);
            EntryLayoutsTest.assertJob(content.experience().get(1), "Ridge Paving Inc", "Project Manager and Cost Estimator", "2021-07", "2024-04");
        }
    }

    @Test
    void readsTheWholeNameFromARussianFormField() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Резюме", false, 16);
            paragraph(document, "Ф.И.О: Варенов Дмитрий Сергеевич", false, 13);
            paragraph(document, "Дата рождения: 24.12.1987", false, 13);
            paragraph(document, "Эл.почта: dmitri@example.ru", false, 13);
            paragraph(document, "Опыт работы", true, 13);
            paragraph(document, "Северный банк, Специалист поддержки", true, 11);
            paragraph(document, "апрель 2021 – сентябрь 2024", false, 11);
            ResumeContent content = read(document);
            assertEquals("Варенов Дмитрий Сергеевич", content.personalInfo().fullName());
            assertEquals("dmitri@example.ru", content.personalInfo().email());
        }
    }

    @Test
    void readsANameTypedInLowerCaseUnderAStyleThatShowsCapitals() throws IOException {
        try (var document = new XWPFDocument()) {
            capitalsStyle(document, "ShownCaps", "Name Caps");
            paragraph(document, "иванова мария", false, 22).setStyle("ShownCaps");
            paragraph(document, "ivanova.m@example.org", false, 11).setStyle("ShownCaps");
            paragraph(document, "Опыт работы", true, 13);
            paragraph(document, "Северный банк, Специалист поддержки", true, 11);
            paragraph(document, "апрель 2021 – сентябрь 2024", false, 11);
            ResumeContent content = read(document);
            assertEquals("Иванова Мария", content.personalInfo().fullName()); // shown as ИВАНОВА МАРИЯ, read as a name
            assertEquals("ivanova.m@example.org", content.personalInfo().email()); // an address keeps its case
            assertEquals(1, content.experience().size(), content.experience().toString());
        }
    }

    @Test
    void putsADateColumnHeldInOneTableCellBackBesideItsEntries() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Claire Martin", true, 16);
            paragraph(document, "claire.martin@example.fr", false, 10);
            paragraph(document, "FORMATION", true, 12);
            XWPFTable table = document.createTable(1, 2);
            var cells = table.getRow(0).getTableCells();
            cells.get(0).setText("2015-2016");
            cells.get(0).addParagraph().createRun().setText("2011-2015");
            cells.get(0).addParagraph().createRun().setText("2008-2009");
            String[][] entries = {{"Master 1 Informatique – en cours", "Université Joseph Fourier, Grenoble"},
                    {"Licence Informatique", "Université Jean-Monnet, Saint-Etienne"},
                    {"Baccalauréat Scientifique", "Mention Bien", "Lycée Claude Fauriel, Saint-Etienne"}};
            cells.get(1).removeParagraph(0);
            for (String[] entry : entries) {
                XWPFRun title = cells.get(1).addParagraph().createRun();
                title.setText(entry[0]);
                title.setBold(true);
                for (int i = 1; i < entry.length; i++) {
                    cells.get(1).addParagraph().createRun().setText(entry[i]);
                }
            }
            ResumeContent content = read(document);
            assertEquals(3, content.education().size(), content.education().toString());
            assertEquals(List.of("Master 1 Informatique", "Licence Informatique", "Baccalauréat Scientifique"),
                    content.education().stream().map(e -> e.degree()).toList());
            assertEquals(List.of("Université Joseph Fourier", "Université Jean-Monnet", "Lycée Claude Fauriel"),
                    content.education().stream().map(e -> e.institution()).toList());
            assertEquals(List.of("2015-01", "2011-01", "2008-01"), content.education().stream().map(e -> e.startDate()).toList());
            assertEquals(null, content.education().get(2).field()); // "Mention Bien" is a grade
        }
    }

    @Test
    void pairsAColumnOfDatesWithJobsWhoseDutiesAreListItemsLeavingOutALeave() throws IOException {
        try (var document = new XWPFDocument()) {
            BigInteger list = ResumeFixtures.bulletNumbering(document);
            paragraph(document, "Орлова Марина Сергеевна", true, 16);
            paragraph(document, "orlova.m@example.ru", false, 10);
            paragraph(document, "Трудовая деятельность:", true, 12);
            XWPFTable table = document.createTable(1, 2);
            var cells = table.getRow(0).getTableCells();
            cells.get(0).setText("12.03.2012 – 11.10.2013г.");
            for (String date : new String[] {"01.07.2014-", "17.07.2015", "2016 - 2017", "2017 - 2020(декрет)", "2020 - 2021"}) {
                cells.get(0).addParagraph().createRun().setText(date);
            }
            String[][] jobs = {{"ООО «Кредо»", "Должность: Юрист", "подготовка исков", "составление договоров"},
                    {"ООО «Телематика»", "Должность: Менеджер", "ведение клиентской базы"},
                    {"Нотариальная контора", "Должность: секретарь нотариуса", "делопроизводство"},
                    {"ООО «Печатный двор»", "Должность: печатник", "подготовка тиража к печати"}};
            cells.get(1).removeParagraph(0);
            for (String[] job : jobs) {
                for (int i = 0; i < job.length; i++) {
                    var paragraph = cells.get(1).addParagraph();
                    XWPFRun run = paragraph.createRun();
                    run.setText(job[i]);
                    run.setBold(i == 1 && job[0].contains("Кредо")); // the template's bold is not consistent
                    if (i >= 2) {
                        paragraph.setNumID(list);
                    }
                }
            }
            var experience = read(document).experience();
            assertEquals(List.of("ООО «Кредо»", "ООО «Телематика»", "Нотариальная контора", "ООО «Печатный двор»"),
                    experience.stream().map(e -> e.company()).toList(), experience.toString());
            assertEquals(List.of("Юрист", "Менеджер", "секретарь нотариуса", "печатник"),
                    experience.stream().map(e -> e.position()).toList());
            assertEquals(List.of("2012-03", "2014-07", "2016-01", "2020-01"), experience.stream().map(e -> e.startDate()).toList());
            assertEquals(List.of("2013-10", "2015-07", "2017-12", "2021-12"), experience.stream().map(e -> e.endDate()).toList());
        }
    }

    @Test
    void leavesADateColumnThatDoesNotCountOutAsTheEntriesCountAsItIs() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Claire Martin", true, 16);
            paragraph(document, "claire.martin@example.fr", false, 10);
            paragraph(document, "FORMATION", true, 12);
            paragraph(document, "2015-2016", false, 10);
            paragraph(document, "2011-2015", false, 10);
            paragraph(document, "Licence Informatique", true, 10);
            paragraph(document, "Université Jean-Monnet, Saint-Etienne", false, 10);
            var education = read(document).education();
            assertTrue(education.stream().noneMatch(e -> "2015-01".equals(e.startDate())), education.toString()); // not paired in order
        }
    }

    @Test
    void readsAPositionMarkedOngoingAsAPositionWithoutTheStatus() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Claire Martin", true, 16);
            paragraph(document, "claire.martin@example.fr", false, 10);
            paragraph(document, "EXPÉRIENCE PROFESSIONNELLE", true, 12);
            paragraph(document, "Stagiaire chez Thales – en cours", true, 10);
            paragraph(document, "Depuis Septembre 2023", false, 10);
            paragraph(document, "Développement d’un outil de suivi des tests", false, 10);
            paragraph(document, "Analyste – en cours", true, 10);
            paragraph(document, "Depuis Janvier 2022", false, 10);
            var experience = read(document).experience();
            assertEquals(1, experience.size(), experience.toString()); // "en cours" is no course, and no employer
            assertEquals("Thales", experience.get(0).company());
            assertEquals("Stagiaire", experience.get(0).position());
            assertEquals("2023-09", experience.get(0).startDate());
            assertEquals(null, experience.get(0).endDate());
        }
    }

    @Test
    void readsACareerSummaryAsTheSummaryNotAsPositionsHeld() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Priya Raman", true, 16);
            paragraph(document, "priya.raman@example.in", false, 10);
            paragraph(document, "Career Objective", true, 11);
            paragraph(document, "Seeking a role in supply chain planning where ten years of logistics work count.", false, 10);
            paragraph(document, "Work Experience", true, 11);
            paragraph(document, "Logistics Planner at Maersk Line", true, 10);
            paragraph(document, "04/2019 – Present", false, 10);
            ResumeContent content = read(document);
            assertEquals("Seeking a role in supply chain planning where ten years of logistics work count.", content.summary());
            assertEquals(1, content.experience().size(), content.experience().toString());
            assertEquals("Maersk Line", content.experience().get(0).company());
        }
    }

    @Test
    void leavesTheStreetAddressOutOfAnEmployersName() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Giulia Ferraro", true, 16);
            paragraph(document, "giulia.ferraro@example.ch", false, 10);
            paragraph(document, "Berufliche Erfahrung", true, 12);
            paragraph(document, "06/2011 - 09/2011: Rezeptionistin bei Hotel Adler Via Roma 12 20121 Milano, Italien.", false, 10);
            paragraph(document, "10/2012 - 03/2013: Kellnerin bei Café Lindner GmbH, Hauptstraße 5, 80331 München", false, 10);
            paragraph(document, "04/2013 - 08/2014: Analystin bei Fifth Avenue Capital GmbH", false, 10);
            var experience = read(document).experience();
            assertEquals(List.of("Hotel Adler", "Café Lindner GmbH", "Fifth Avenue Capital GmbH"),
                    experience.stream().map(e -> e.company()).toList(), experience.toString());
        }
    }

    @Test
    void readsANameGivenAsGivenAndFamilyNameFields() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "ETAT CIVIL", false, 13);
            paragraph(document, "Prénom : Awa", false, 13);
            paragraph(document, "Nom : NDIAYE", false, 13);
            paragraph(document, "E-mail : awa.ndiaye@example.sn", false, 13);
            paragraph(document, "FORMATION SUIVIE", false, 13);
            paragraph(document, "*2017 : LICENCE 1 à ISM Filière ; GESTION", false, 13);
            assertEquals("Awa Ndiaye", read(document).personalInfo().fullName());
        }
        try (var document = new XWPFDocument()) {
            paragraph(document, "Lebenslauf", true, 16);
            paragraph(document, "Name: Weber", false, 11);
            paragraph(document, "Vorname: Hans Peter", false, 11);
            paragraph(document, "E-Mail: hp.weber@example.de", false, 11);
            assertEquals("Hans Peter Weber", read(document).personalInfo().fullName()); // the labels decide, not the order
        }
        try (var document = new XWPFDocument()) { // an Ecuadorian public-form CV: family names first, in one field
            paragraph(document, "HOJA DE VIDA", true, 20);
            paragraph(document, "DATOS PERSONALES", true, 12);
            paragraph(document, "Apellidos y Nombres: Ordóñez Quizhpe Luis Andrés", false, 11);
            paragraph(document, "Correo electrónico: luis.ordonez@example.ec", false, 11);
            assertEquals("Ordóñez Quizhpe Luis Andrés", read(document).personalInfo().fullName());
        }
    }

    @Test
    void takesNoEmployerFromThePageTitleRepeatedOnTheNextPage() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Curriculum Vitae", true, 12);
            paragraph(document, "Dana Whitfield", true, 16);
            paragraph(document, "dana.whitfield@example.com", false, 10);
            paragraph(document, "Work Experience", true, 14);
            paragraph(document, "2019 – Present: Shift Supervisor", false, 12);
            paragraph(document, "Curriculum Vitae", true, 12).setPageBreak(true);
            paragraph(document, "Education", true, 14);
            paragraph(document, "2014 – 2018: Bachelor of Science in Nursing, University of Pittsburgh", false, 12);
            var experience = read(document).experience();
            assertTrue(experience.stream().noneMatch(e -> "Curriculum Vitae".equals(e.company())), experience.toString());
        }
    }

    @Test
    void readsContentControlsAroundCellsAndParagraphsAndDayMonthNameDates() throws IOException {
        // a Word template from Office's gallery: the e-mail cell and the phone paragraph sit in content controls
        try (var document = new XWPFDocument()) {
            paragraph(document, "Cristina Trujano", true, 26);
            XWPFTable table = document.createTable(1, 1);
            table.getRow(0).getCell(0).setText("Cra 64 # 103D - 56");
            CTSdtCell control = table.getRow(0).getCtRow().addNewSdt();
            control.addNewSdtPr().addNewAlias().setVal("Escriba el correo electrónico:");
            control.addNewSdtContent().addNewTc().addNewP().addNewR().addNewT().setStringValue("cristina.trujano@example.com");
            CTSdtBlock phone = document.getDocument().getBody().addNewSdt();
            phone.addNewSdtPr().addNewAlias().setVal("Escriba el teléfono:");
            phone.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("319-402-5592");
            paragraph(document, "Experiencia", true, 14);
            paragraph(document, "18-NOV-2024 – ACTUALMENTE", false, 10);
            paragraph(document, "Desarrolladora de software / Innovartec Ingeniería", true, 14);
            paragraph(document, "Desarrollo y mantenimiento de API en C# para la integración de datos.", false, 10);
            paragraph(document, "02-AGO-2021 – 31-AGO-2023", false, 10);
            paragraph(document, "Programadora Junior / Talent.com", true, 14);
            paragraph(document, "Gestioné tickets técnicos en Jira.", false, 10);
            paragraph(document, "01-FEB-2020 – 30-JUL-2021", false, 10);
            paragraph(document, "UX / UI Designer", true, 14);
            paragraph(document, "Nordsur Diseño SL", false, 10);
            paragraph(document, "Diseño de interfaces para aplicaciones bancarias.", false, 10);
            ResumeContent content = read(document);
            assertEquals("cristina.trujano@example.com", content.personalInfo().email());
            assertEquals("319-402-5592", content.personalInfo().phone());
            assertEquals(List.of("Innovartec Ingeniería", "Talent.com", "Nordsur Diseño SL"),
                    content.experience().stream().map(e -> e.company()).toList());
            assertEquals(List.of("Desarrolladora de software", "Programadora Junior", "UX / UI Designer"),
                    content.experience().stream().map(e -> e.position()).toList());
            assertEquals(List.of("2021-08", "2023-08"), List.of(content.experience().get(1).startDate(), content.experience().get(1).endDate()));
        }
    }

    @Test
    void readsANameInAContentControlAndTheContactsInTheFooterBeforeAnEmployersSwitchboard() throws IOException {
        // an Office template: the name typed in lower case in a content control under a capitals title style; the
        // person's e-mail and phone in the footer; the employer's switchboard and address under a position
        try (var document = new XWPFDocument()) {
            capitalsStyle(document, "Title1", "Título 1");
            XWPFParagraph name = document.createParagraph();
            name.setStyle("Title1");
            name.getCTP().addNewSdt().addNewSdtContent().addNewR().addNewT().setStringValue("rubén florentín");
            paragraph(document, "Experiencia", true, 14);
            paragraph(document, "ENCARGADO • ALEX S.A • 2018 – 2022", false, 10);
            paragraph(document, "Teléfono: +595 21 236 7000 correo: info@alex.example.com.py", false, 10);
            var footer = new XWPFHeaderFooterPolicy(document).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
            footer.createParagraph().createRun().setText("ruben.florentin@example.com, 0972 495 723");
            ResumeContent content = read(document);
            assertEquals("Rubén Florentín", content.personalInfo().fullName());
            assertEquals("ruben.florentin@example.com", content.personalInfo().email());
            assertEquals("0972 495 723", content.personalInfo().phone());
        }
    }

    @Test
    void readsARussianEmployerTownAndPositionUnderABareDateLine() throws IOException {
        // Google Docs export: the date line alone, then "Employer, г. Town – position" in bold, then the list
        try (var document = new XWPFDocument()) {
            BigInteger list = ResumeFixtures.bulletNumbering(document);
            paragraph(document, "Мария Токарева", true, 20);
            paragraph(document, "maria.tokareva@example.ru", false, 10);
            paragraph(document, "Опыт работы", true, 14);
            paragraph(document, "январь 2013 - март 2021 (8 лет)", false, 10);
            paragraph(document, "Национальный музей Удмуртской Республики, г. Ижевск – научный сотрудник", true, 10);
            paragraph(document, "оформляла документацию, в том числе проектную", false, 10).setNumID(list);
            paragraph(document, "Высшее образование", true, 14);
            paragraph(document, "сентябрь 2005 - июнь 2010 г.", false, 10);
            paragraph(document, "Удмуртский государственный университет, г. Ижевск", true, 10);
            paragraph(document, "Исторический факультет, Магистр истории", false, 10);
            ResumeContent content = read(document);
            assertEquals(1, content.experience().size(), content.experience().toString());
            assertEquals("Национальный музей Удмуртской Республики", content.experience().get(0).company());
            assertEquals("научный сотрудник", content.experience().get(0).position());
            assertEquals(List.of("2013-01", "2021-03"), List.of(content.experience().get(0).startDate(), content.experience().get(0).endDate()));
            assertEquals(List.of("Удмуртский государственный университет"), content.education().stream().map(e -> e.institution()).toList());
            assertEquals("2010-06", content.education().get(0).endDate());
        }
    }

    /**
     * A student's CV typed in plain paragraphs (seen from Senegal): "FORMATION SUIVIE" and "LANGUES ETRANGERES" head
     * their sections, items are marked with a star glued to the text ("*2013 : BFEM …"), a degree names its school after
     * "au".
     */
    @Test
    void readsStarredItemsUnderQualifiedFrenchHeadings() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Prénom : Aminata", false, 13);
            paragraph(document, "Nom : DIALLO", false, 13);
            paragraph(document, "E-mail : aminata.diallo@example.com", false, 13);
            paragraph(document, "FORMATION SUIVIE", false, 13);
            paragraph(document, "*2016 : Baccalauréat au lycée de Fanaye", false, 13);
            paragraph(document, "LANGUES ETRANGERES", false, 13);
            paragraph(document, "*Français : parlé et écrit", false, 13);
            paragraph(document, "*Anglais : écrit", false, 13);
            ResumeContent content = read(document);
            assertEquals(1, content.education().size(), content.education().toString());
            assertEquals("lycée de Fanaye", content.education().get(0).institution());
            assertEquals("Baccalauréat", content.education().get(0).degree());
            assertEquals(List.of(new ResumeLanguage("Français", "parlé et écrit"), new ResumeLanguage("Anglais", "écrit")),
                    content.languages());
        }
    }

    /**
     * A German CV laid out as a Word table: the first column labels each row ("Hochschulbildung", "Berufliche Tätigkeit",
     * "Sprachen") in body type like everything else, the second holds the entries. Before, no label was read as a heading.
     */
    @Test
    void readsTheLabelsOfAPageLaidOutAsATableAsItsHeadings() throws IOException {
        try (var document = new XWPFDocument()) {
            paragraph(document, "Lebenslauf", false, 16);
            paragraph(document, "Petrova Irina", false, 11);
            paragraph(document, "irina.petrova@example.de", false, 11);
            String[][] rows = {{"Hochschulbildung", "09.2001 – 07.2006", "Staatliche Universität Kasan", "Diplom Chemie"},
                    {"Berufliche Tätigkeit", "03.2015 – heute", "Henkel AG & Co. KGaA", "Laborleiterin",
                            "04.2008 – 02.2015", "BASF SE", "Laborantin"},
                    {"Sprachen", "Russisch Muttersprache", "Deutsch C1", "Englisch B2"}};
            XWPFTable table = document.createTable(rows.length, 2);
            for (int r = 0; r < rows.length; r++) {
                var cells = table.getRow(r).getTableCells();
                cells.get(0).setText(rows[r][0]);
                cells.get(1).setText(rows[r][1]);
                for (int i = 2; i < rows[r].length; i++) {
                    cells.get(1).addParagraph().createRun().setText(rows[r][i]);
                }
            }
            ResumeContent content = read(document);
            assertEquals(List.of("Henkel AG & Co. KGaA", "BASF SE"), content.experience().stream().map(e -> e.company()).toList());
            assertEquals(List.of("Laborleiterin", "Laborantin"), content.experience().stream().map(e -> e.position()).toList());
            assertEquals(List.of("Staatliche Universität Kasan"), content.education().stream().map(e -> e.institution()).toList());
        }
    }
}
