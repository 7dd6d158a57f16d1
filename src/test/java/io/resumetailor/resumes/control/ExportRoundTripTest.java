package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.export.control.DocxDocument;
import io.resumetailor.export.control.PdfDocument;
import io.resumetailor.export.control.ResumeLayout;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeFacts;
import io.resumetailor.resumes.entity.SourceFileType;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What this service exports, the built-in parser reads back fact for fact (the same check
 * ExportIT makes over HTTP), in both formats.
 */
class ExportRoundTripTest {

    static final String CONTENT = """
            {"personalInfo":{"fullName":"Zofia Łukasiewicz-Żółć","email":"zofia@example.com","phone":"+48 600 100 200",
              "location":"Kraków, Polska","linkedin":"https://www.linkedin.com/in/zofia"},
             "summary":"Backend engineer for payment systems. Работаю с Java.",
             "experience":[{"company":"Analytical Engines Ltd","position":"Senior Software Engineer","startDate":"2020-01",
               "description":"- Built the billing platform in Java\\n- Ran services on Kubernetes"},
              {"company":"ООО Ромашка","position":"Разработчик","startDate":"2016-03","endDate":"2019-12",
               "description":"- Поддерживал схемы PostgreSQL"}],
             "education":[{"institution":"University of Warsaw","degree":"MSc","field":"Computer Science","startDate":"2011-10","endDate":"2016-06"}],
             "skills":["Java","PostgreSQL","Kubernetes"],
             "certifications":[{"name":"OCP Java 17","issuer":"Oracle","date":"2022-05"}],
             "languages":[{"language":"Polish","level":"Native"},{"language":"Russian","level":"C1"}]}""";

    @ParameterizedTest
    @EnumSource(SourceFileType.class)
    void readsBackEveryFactOfAnExportedResume(SourceFileType type) {
        ResumeContent original = JsonbBuilder.create().fromJson(CONTENT, ResumeContent.class);
        var blocks = ResumeLayout.of(original);
        byte[] file = type == SourceFileType.PDF ? PdfDocument.render(blocks, "t", "a") : DocxDocument.render(blocks, "t", "a");
        ResumeContent back = ResumeReader.read(DocumentText.extract(file, type, Deadline.none())).content();
        assertEquals(ResumeFacts.facts(original), ResumeFacts.facts(back), type.toString());
        assertEquals(original.experience().get(0).description(), back.experience().get(0).description());
    }
}
