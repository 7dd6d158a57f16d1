package io.resumetailor.resumes.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real resume files made by the tests with three generators (Apache POI for DOCX, Apache
 * PDFBox and OpenPDF for PDF), each with the content a perfect parser would find.
 */
public final class ResumeFixtures {

    public record Fixture(String name, byte[] bytes, ResumeContent expected) {
    }

    private ResumeFixtures() {
    }

    /** A one-page resume that shows a name but no email, to import as PDF. */
    public static byte[] withoutEmail() {
        return EntryLayoutsTest.jobsPage(new PdfCanvas().bold(50, 50, 22, "Dennis Riemenschneider").text(50, 70, 10, "Wernigerode"));
    }

    /** A one-page resume that shows an email but no name (the name drawn as a picture), to import as PDF. */
    public static byte[] withoutName() {
        return EntryLayoutsTest.jobsPage(new PdfCanvas().text(50, 50, 10, "d.riemenschneider@example.de").text(50, 64, 10, "Wernigerode"));
    }

    public static List<Fixture> all() throws Exception {
        return List.of(docxWithStylesAndLinks(), docxTwoColumnGerman(), pdfBoxSingleColumn(), openPdfTwoColumnSpanish());
    }

    // ---------------------------------------------------------------- DOCX, English, styles, bullets, hyperlink

    public static Fixture docxWithStylesAndLinks() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            BigInteger bullets = bulletNumbering(doc);
            text(doc, "Ada Lovelace", "Title");
            text(doc, "London, United Kingdom | ada@example.com | +44 20 7946 0958", null);
            XWPFParagraph links = doc.createParagraph();
            links.createHyperlinkRun("https://www.linkedin.com/in/ada-lovelace").setText("LinkedIn");
            text(doc, "Summary", "Heading1");
            text(doc, "Backend engineer with 9 years of Java and PostgreSQL.", null);
            text(doc, "Experience", "Heading1");
            text(doc, "Senior Software Engineer at Analytical Engines Ltd", "Heading2");
            text(doc, "Jan 2020 – Present", null);
            bullet(doc, bullets, "Led the billing platform rewrite serving 2M customers");
            bullet(doc, bullets, "Cut p99 latency by 40%");
            text(doc, "Software Engineer, Babbage & Co", "Heading2");
            text(doc, "03/2016 - 12/2019", null);
            bullet(doc, bullets, "Built the payments API in Java");
            text(doc, "Education", "Heading1");
            text(doc, "University of London", null);
            text(doc, "BSc in Mathematics | 2012 – 2015", null);
            text(doc, "Skills", "Heading1");
            text(doc, "Languages & tools: Java, PostgreSQL, Kubernetes, Docker", null);
            text(doc, "Certifications", "Heading1");
            bullet(doc, bullets, "Oracle Certified Professional: Java SE 17 Developer - Oracle (May 2022)");
            text(doc, "Languages", "Heading1");
            text(doc, "English — Native, French — B2", null);
            doc.write(out);
            return new Fixture("docx-poi-styles", out.toByteArray(), new ResumeContent(
                    new PersonalInfo("Ada Lovelace", "ada@example.com", "+44 20 7946 0958", "London, United Kingdom",
                            "https://www.linkedin.com/in/ada-lovelace", null),
                    "Backend engineer with 9 years of Java and PostgreSQL.",
                    List.of(new ExperienceEntry("Analytical Engines Ltd", "Senior Software Engineer", "2020-01", null, "", null, null),
                            new ExperienceEntry("Babbage & Co", "Software Engineer", "2016-03", "2019-12", "", null, null)),
                    List.of(new EducationEntry("University of London", "BSc", "Mathematics", "2012-01", "2015-12")),
                    List.of("Java", "PostgreSQL", "Kubernetes", "Docker"),
                    List.of(new CertificationEntry("Oracle Certified Professional: Java SE 17 Developer", "Oracle", "2022-05")),
                    List.of(new ResumeLanguage("English", "Native"), new ResumeLanguage("French", "B2"))));
        }
    }

    // ---------------------------------------------------------------- DOCX, German, two-column layout table

    public static Fixture docxTwoColumnGerman() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            BigInteger bullets = bulletNumbering(doc);
            text(doc, "Jürgen Müller", "Title");
            XWPFTable table = doc.createTable(1, 2);
            var left = table.getRow(0).getCell(0);
            var right = table.getRow(0).getCell(1);
            cellText(left, "Kontakt");
            cellText(left, "juergen.mueller@example.de");
            cellText(left, "+49 30 1234567");
            cellText(left, "Berlin, Deutschland");
            cellText(left, "Kenntnisse");
            cellText(left, "Java, Spring, SQL");
            cellText(left, "Sprachen");
            cellText(left, "Deutsch: Muttersprache");
            cellText(left, "Englisch: C1");
            cellText(right, "Berufserfahrung");
            cellText(right, "Softwareentwickler bei Beispiel GmbH");
            cellText(right, "seit 04/2021");
            XWPFParagraph item = right.addParagraph();
            item.setNumID(bullets);
            item.createRun().setText("Microservices mit Spring Boot entwickelt");
            cellText(right, "Werkstudent | Muster AG | 10/2018 – 03/2021");
            cellText(right, "Ausbildung");
            cellText(right, "Technische Universität Berlin");
            cellText(right, "Master of Science in Informatik, 2016 – 2018");
            doc.write(out);
            return new Fixture("docx-poi-two-column-de", out.toByteArray(), new ResumeContent(
                    new PersonalInfo("Jürgen Müller", "juergen.mueller@example.de", "+49 30 1234567", "Berlin, Deutschland", null, null),
                    null,
                    List.of(new ExperienceEntry("Beispiel GmbH", "Softwareentwickler", "2021-04", null, "", null, null),
                            new ExperienceEntry("Muster AG", "Werkstudent", "2018-10", "2021-03", "", null, null)),
                    List.of(new EducationEntry("Technische Universität Berlin", "Master of Science", "Informatik", "2016-01", "2018-12")),
                    List.of("Java", "Spring", "SQL"), null,
                    List.of(new ResumeLanguage("Deutsch", "Muttersprache"), new ResumeLanguage("Englisch", "C1"))));
        }
    }

    // ---------------------------------------------------------------- PDF (PDFBox), English, single column, link annotation

    public static Fixture pdfBoxSingleColumn() throws IOException {
        String[] lines = {"Grace Hopper", "New York, USA | grace@example.org | +1 212 555 0100", "www.gracehopper.dev",
            "PROFESSIONAL SUMMARY", "Compiler engineer and team lead.", "WORK EXPERIENCE",
            "Principal Engineer — Cobol Systems Inc.", "June 2018 - Present", "• Designed the compiler toolchain",
            "• Mentored 12 engineers", "Engineer | Navy Labs | 2012 - 2018", "• Maintained the Mark I software",
            "EDUCATION", "Yale University", "PhD in Mathematics, 2005 - 2010", "SKILLS", "• Compilers • COBOL • Leadership",
            "LANGUAGES", "English (Native), Spanish (B1)"};
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var stream = new PDPageContentStream(doc, page)) {
                stream.beginText();
                stream.setFont(font, 11);
                stream.setLeading(15);
                stream.newLineAtOffset(50, 790);
                for (String line : lines) {
                    stream.showText(line);
                    stream.newLine();
                }
                stream.endText();
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 745, 150, 12));
            PDActionURI action = new PDActionURI();
            action.setURI("https://www.linkedin.com/in/grace-hopper");
            link.setAction(action);
            page.getAnnotations().add(link);
            doc.save(out);
            return new Fixture("pdf-pdfbox-single", out.toByteArray(), new ResumeContent(
                    new PersonalInfo("Grace Hopper", "grace@example.org", "+1 212 555 0100", "New York, USA",
                            "https://www.linkedin.com/in/grace-hopper", "https://www.gracehopper.dev"),
                    "Compiler engineer and team lead.",
                    List.of(new ExperienceEntry("Cobol Systems Inc.", "Principal Engineer", "2018-06", null, "", null, null),
                            new ExperienceEntry("Navy Labs", "Engineer", "2012-01", "2018-12", "", null, null)),
                    List.of(new EducationEntry("Yale University", "PhD", "Mathematics", "2005-01", "2010-12")),
                    List.of("Compilers", "COBOL", "Leadership"), null,
                    List.of(new ResumeLanguage("English", "Native"), new ResumeLanguage("Spanish", "B1"))));
        }
    }

    // ---------------------------------------------------------------- PDF (OpenPDF), Spanish, two columns

    public static Fixture openPdfTwoColumnSpanish() throws Exception {
        try (var out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(document, out);
            document.open();
            Font font = new Font(Font.HELVETICA, 10);
            document.add(new Paragraph("María García López", new Font(Font.HELVETICA, 16, Font.BOLD)));
            PdfPTable table = new PdfPTable(new float[]{1, 2});
            table.setWidthPercentage(100);
            PdfPCell left = new PdfPCell();
            left.setBorder(0);
            for (String line : new String[]{"Contacto", "maria.garcia@example.es", "+34 600 123 456", "Madrid, España",
                "Habilidades", "Python, Django, PostgreSQL", "Idiomas", "Español: Nativo", "Inglés: C1"}) {
                left.addElement(new Paragraph(line, font));
            }
            PdfPCell right = new PdfPCell();
            right.setBorder(0);
            for (String line : new String[]{"Perfil", "Ingeniera de datos con experiencia en plataformas analíticas.",
                "Experiencia laboral", "Ingeniera de Datos en Datos Ibéricos SL", "ene 2019 - actualidad",
                "Desarrolladora | Soluciones Web SA | 2015 - 2018", "Formación", "Universidad Politécnica de Madrid",
                "Máster en Ingeniería Informática, 2013 - 2015"}) {
                right.addElement(new Paragraph(new Chunk(line, font)));
            }
            table.addCell(left);
            table.addCell(right);
            document.add(table);
            document.close();
            return new Fixture("pdf-openpdf-two-column-es", out.toByteArray(), new ResumeContent(
                    new PersonalInfo("María García López", "maria.garcia@example.es", "+34 600 123 456", "Madrid, España", null, null),
                    "Ingeniera de datos con experiencia en plataformas analíticas.",
                    List.of(new ExperienceEntry("Datos Ibéricos SL", "Ingeniera de Datos", "2019-01", null, "", null, null),
                            new ExperienceEntry("Soluciones Web SA", "Desarrolladora", "2015-01", "2018-12", "", null, null)),
                    List.of(new EducationEntry("Universidad Politécnica de Madrid", "Máster", "Ingeniería Informática", "2013-01", "2015-12")),
                    List.of("Python", "Django", "PostgreSQL"), null,
                    List.of(new ResumeLanguage("Español", "Nativo"), new ResumeLanguage("Inglés", "C1"))));
        }
    }

    // ---------------------------------------------------------------- helpers

    static void text(XWPFDocument doc, String text, String style) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    static void bullet(XWPFDocument doc, BigInteger numbering, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setNumID(numbering);
        paragraph.createRun().setText(text);
    }

    static void cellText(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text) {
        XWPFParagraph paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getText().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.createRun().setText(text);
    }

    static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
