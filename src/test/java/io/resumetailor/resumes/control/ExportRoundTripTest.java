package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.export.control.DocxDocument;
import io.resumetailor.export.control.PdfDocument;
import io.resumetailor.export.control.ResumeLayout;
import io.resumetailor.export.control.ResumeWords;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeFacts;
import io.resumetailor.resumes.entity.SourceFileType;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What this service exports, the built-in parser reads back fact for fact (the same check
 * ExportIT makes over HTTP), in both formats.
 */
class ExportRoundTripTest {

    static Stream<Arguments> formatsAndLanguages() {
        return Stream.of(SourceFileType.values()).flatMap(type -> Stream.of("en", "de", "fr", "es", "ru").map(lang -> Arguments.of(type, lang)));
    }

    /** In each of the five languages the headings, "Present" and the month format of the export are ones the parser reads. */
    @ParameterizedTest
    @MethodSource("formatsAndLanguages")
    void readsBackEveryFactOfAnExportedResume(SourceFileType type, String lang) {
        ResumeContent original = JsonbBuilder.create().fromJson(ResumeFacts.MULTILINGUAL, ResumeContent.class);
        readsBack(original, type, lang);
    }

    /** A title with a comma ("Manager, Sales Operations") stays whole: the employer is joined by a word, not by a comma. */
    @ParameterizedTest
    @MethodSource("formatsAndLanguages")
    void aPositionWithACommaStaysWhole(SourceFileType type, String lang) {
        readsBack(JsonbBuilder.create().fromJson(ResumeFacts.MULTILINGUAL.replace("Senior Software Engineer",
                "Manager, Sales Operations"), ResumeContent.class), type, lang);
    }

    static void readsBack(ResumeContent original, SourceFileType type, String lang) {
        var blocks = ResumeLayout.of(original, ResumeWords.ofCode(lang).orElseThrow());
        byte[] file = type == SourceFileType.PDF ? PdfDocument.render(blocks, "t", "a") : DocxDocument.render(blocks, "t", "a");
        ResumeContent back = ResumeReader.read(DocumentText.extract(file, type, Deadline.none())).content();
        assertEquals(ResumeFacts.facts(original), ResumeFacts.facts(back), type + " " + lang);
        assertEquals(original.experience().get(0).description(), back.experience().get(0).description());
    }
}
