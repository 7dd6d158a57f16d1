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

    @ParameterizedTest
    @EnumSource(SourceFileType.class)
    void readsBackEveryFactOfAnExportedResume(SourceFileType type) {
        ResumeContent original = JsonbBuilder.create().fromJson(ResumeFacts.MULTILINGUAL, ResumeContent.class);
        var blocks = ResumeLayout.of(original);
        byte[] file = type == SourceFileType.PDF ? PdfDocument.render(blocks, "t", "a") : DocxDocument.render(blocks, "t", "a");
        ResumeContent back = ResumeReader.read(DocumentText.extract(file, type, Deadline.none())).content();
        assertEquals(ResumeFacts.facts(original), ResumeFacts.facts(back), type.toString());
        assertEquals(original.experience().get(0).description(), back.experience().get(0).description());
    }
}
