package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeFacts;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppServer.class)
class ExportIT {

    static final String CONTENT = ResumeFacts.MULTILINGUAL;

    static String createResume(SignedInUser user) {
        var reply = user.api().post("/api/resumes", "{\"title\":\"Main\",\"content\":" + CONTENT + "}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    static HttpResponse<byte[]> download(SignedInUser user, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(user.api().builder(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static ResumeContent original() {
        return JsonbBuilder.create().fromJson(CONTENT, ResumeContent.class);
    }

    @Test
    void pdfHasEveryFieldInReadingOrderWithEmbeddedFonts() throws Exception {
        SignedInUser user = SignedInUser.create("export");
        var response = download(user, "/api/resumes/" + createResume(user) + "/export?format=pdf");
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"Zofia_Lukasiewicz_Zolc_Resume.pdf\""), disposition);
        try (var pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            List<String> inOrder = List.of("Zofia Łukasiewicz-Żółć", "Kraków, Polska", "zofia@example.com", "+48 600 100 200",
                    "linkedin.com/in/zofia", "Summary", "Работаю с Java", "Experience", "Senior Software Engineer at Analytical Engines Ltd",
                    "Jan 2020 – Present", "• Built the billing platform in Java", "Разработчик at ООО Ромашка", "Mar 2016 – Dec 2019",
                    "• Поддерживал схемы PostgreSQL", "Education", "University of Warsaw", "MSc in Computer Science", "Skills",
                    "Java, PostgreSQL, Kubernetes", "Certifications", "OCP Java 17 - Oracle (May 2022)", "Languages", "Polish — Native");
            int position = 0;
            for (String expected : inOrder) {
                int found = text.indexOf(expected, position);
                assertTrue(found >= 0, "\"" + expected + "\" missing or out of order in:\n" + text);
                position = found;
            }
            assertEquals("Zofia Łukasiewicz-Żółć – Resume", pdf.getDocumentInformation().getTitle());
            assertEquals("Zofia Łukasiewicz-Żółć", pdf.getDocumentInformation().getAuthor());
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().allMatch(f -> f.contains("LiberationSans")), fonts.toString());
            assertTrue(pdf.getPage(0).getAnnotations().stream().anyMatch(a ->
                    a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                            && "https://www.linkedin.com/in/zofia".equals(uri.getURI())), "LinkedIn link not clickable");
        }
    }

    @Test
    void docxHasRealHeadingsAndBulletLists() throws Exception {
        SignedInUser user = SignedInUser.create("export");
        var response = download(user, "/api/resumes/" + createResume(user) + "/export?format=docx");
        assertEquals(200, response.statusCode());
        try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Summary", "Experience", "Education", "Skills", "Certifications", "Languages"), headings);
            assertTrue(docx.getStyles().getStyle("Heading1") != null && docx.getStyles().getStyle("Heading2") != null);
            List<String> bullets = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).map(XWPFParagraph::getText).toList();
            assertTrue(bullets.contains("Built the billing platform in Java"), bullets.toString());
            assertTrue(docx.getNumbering().getNum(docx.getParagraphs().stream().filter(p -> p.getNumID() != null)
                    .findFirst().orElseThrow().getNumID()) != null);
            assertEquals("Zofia Łukasiewicz-Żółć", docx.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void ourOwnExportsImportBackToTheSameContent() throws Exception {
        SignedInUser user = SignedInUser.create("roundtrip");
        String id = createResume(user);
        for (String format : List.of("docx", "pdf")) {
            byte[] file = download(user, "/api/resumes/" + id + "/export?format=" + format).body();
            var imported = user.api().multipart("/api/resumes?engine=builtin", "export." + format, file, Map.of(), Map.of());
            assertEquals(201, imported.status(), format + ": " + imported);
            ResumeContent back = JsonbBuilder.create().fromJson(imported.json().getJsonObject("resume").getJsonObject("content")
                    .toString(), ResumeContent.class);
            assertEquals(ResumeFacts.facts(original()), ResumeFacts.facts(back), format);
            assertEquals(original().experience().get(0).description(), back.experience().get(0).description(), format);
        }
    }

    @Test
    void jsonResumeValidatesAgainstTheOfficialSchema() throws Exception {
        SignedInUser user = SignedInUser.create("export");
        var response = download(user, "/api/resumes/" + createResume(user) + "/export?format=json");
        assertEquals(200, response.statusCode());
        var mapper = new ObjectMapper();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(getClass().getResourceAsStream("/jsonresume/schema.json"));
        var document = mapper.readTree(response.body());
        assertEquals(java.util.Set.of(), schema.validate(document));
        assertEquals("Zofia Łukasiewicz-Żółć", document.at("/basics/name").asText());
        assertEquals("Built the billing platform in Java", document.at("/work/0/highlights/0").asText());
        assertEquals("LinkedIn", document.at("/basics/profiles/0/network").asText());
    }

    @Test
    void exportsAGenerationNamedAfterTheCompanyAndMetersIt() throws Exception {
        SignedInUser user = SignedInUser.create("export");
        String resumeId = createResume(user);
        String vacancyId = user.api().post("/api/vacancies", "{\"company\":\"Acme Płatności\",\"description\":\"Required: Java\"}")
                .json().getString("id");
        String generationId = user.api().post("/api/vacancies/" + vacancyId + "/generations", "{\"resumeId\":\"" + resumeId + "\"}")
                .json().getString("id");
        var response = download(user, "/api/generations/" + generationId + "/export?format=pdf");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"Zofia_Lukasiewicz_Zolc_Acme_Platnosci.pdf\""));
        assertEquals(1, Long.parseLong(SqlRows.rows(AppServer.database(), "SELECT count(*) FROM usage_logs WHERE user_id = '"
                + user.id() + "' AND operation = 'export'").get(0)));
        SignedInUser other = SignedInUser.create("other");
        assertEquals(404, download(other, "/api/generations/" + generationId + "/export?format=pdf").statusCode());
        assertEquals(404, download(other, "/api/resumes/" + resumeId + "/export?format=docx").statusCode());
    }

    @Test
    void theHeadingsAreInTheLanguageAsked() throws Exception {
        SignedInUser user = SignedInUser.create("export");
        var response = download(user, "/api/resumes/" + createResume(user) + "/export?format=pdf&lang=de");
        assertEquals(200, response.statusCode());
        try (var pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Profil", "Berufserfahrung", "Senior Software Engineer bei Analytical Engines Ltd",
                    "01/2020 – heute", "Ausbildung", "Kenntnisse", "Sprachen")) {
                assertTrue(text.contains(expected), "\"" + expected + "\" missing in:\n" + text);
            }
            assertEquals("Zofia Łukasiewicz-Żółć – Lebenslauf", pdf.getDocumentInformation().getTitle());
        }
        var empty = download(user, "/api/resumes/" + createResume(user) + "/export?format=pdf&lang=");
        assertEquals(200, empty.statusCode(), "an empty lang is the resume's own language");
        try (var pdf = Loader.loadPDF(empty.body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Experience"));
        }
    }

    @Test
    void unknownFormatIs400AndUsesNoQuota() throws Exception {
        SignedInUser user = SignedInUser.create("export");
        String id = createResume(user);
        assertProblem(user.api().get("/api/resumes/" + id + "/export?format=rtf"), 400, "urn:resume-tailor:problem:validation");
        assertProblem(user.api().get("/api/resumes/" + id + "/export"), 400, "urn:resume-tailor:problem:validation");
        var language = user.api().get("/api/resumes/" + id + "/export?format=pdf&lang=pt");
        assertProblem(language, 400, "urn:resume-tailor:problem:validation");
        assertEquals("lang", language.json().getJsonArray("errors").getJsonObject(0).getString("field"), language.toString());
        assertEquals("0", SqlRows.rows(AppServer.database(), "SELECT count(*) FROM usage_logs WHERE user_id = '" + user.id() + "'").get(0));
    }
}
