package io.resumetailor.resumes.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.boundary.LlmGateway;
import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmRequest;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.control.DocumentSniffer;
import io.resumetailor.resumes.control.DocumentText;
import io.resumetailor.resumes.control.ExtractedText;
import io.resumetailor.resumes.control.HeuristicResumeParser;
import io.resumetailor.resumes.control.ImportProblems;
import io.resumetailor.resumes.control.ResumeContentJson;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import io.resumetailor.usage.entity.Operation;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a DOCX or PDF: decides the type from the bytes, extracts the text under a
 * wall-clock limit, structures it (a model through the metered gateway, or the built-in
 * parser), validates the result with the seed's rules (asking the model once more when
 * it does not validate) and stores the resume. The file itself is not kept. No
 * transaction is open while a model or the extraction runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResumeImport {

    static final String INSTRUCTIONS = """
            You turn the text of a resume into structured JSON following the given schema.
            Copy facts exactly as written: names, employers, positions, institutions, degrees, dates, numbers.
            Never add, guess or improve anything; leave optional fields null when the resume does not say.
            Dates are YYYY-MM; an ongoing position has endDate null. A year alone becomes YYYY-01 for a start
            and YYYY-12 for an end. Put bullet points of a position into its description, one per line.
            Links found in the document are listed after the text.""";

    @Inject
    LlmGateway gateway;

    @Inject
    Resumes resumes;

    @Inject
    ResumeContentJson answers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "import.extraction-timeout-seconds", defaultValue = "15")
    long extractionTimeoutSeconds;

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads at most {@code maxBytes}; one byte more is a 413, decided before anything is parsed. */
    public byte[] readCapped(InputStream in) {
        try (in) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw ImportProblems.tooLarge(maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportResult importFile(Caller caller, byte[] content, String fileName, String title,
                                   Optional<LlmCredentials> byok, boolean builtin) {
        SourceFileType type = DocumentSniffer.sniff(content, fileName);
        ExtractedText text = extract(content, type);
        String safeName = DocumentSniffer.safeFileName(fileName, type);
        String resumeTitle = title == null || title.isBlank() ? defaultTitle(safeName) : title.strip();
        if (resumeTitle.length() > 255) {
            throw ProblemException.invalidField("title", "size must be between 1 and 255");
        }
        HeuristicResumeParser.Result[] heuristic = new HeuristicResumeParser.Result[1];
        LlmRequest request = new LlmRequest("resume_content", INSTRUCTIONS, withLinks(text), ResumeSchemas.resumeContent(), 4000, () -> {
            heuristic[0] = HeuristicResumeParser.parse(text);
            return ResumeContentJson.toJson(heuristic[0].content());
        });
        var result = gateway.run(caller, Operation.PARSE, request, byok, builtin, reply -> {
            ResumeContent content1 = answers.read(reply.json());
            Resume resume = resumes.store(caller.id(), resumeTitle, content1, safeName, type);
            return resume;
        });
        boolean offline = "offline".equals(result.reply().engine());
        return new ImportResult(ResumeView.of(result.value()), offline ? "builtin" : result.reply().engine(),
                offline && heuristic[0] != null ? heuristic[0].uncertain() : List.of());
    }

    ExtractedText extract(byte[] content, SourceFileType type) {
        Future<ExtractedText> task = executor.submit(() -> DocumentText.extract(content, type));
        try {
            return task.get(extractionTimeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw ImportProblems.unreadable("The document took too long to read; it is probably not an ordinary resume.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw ImportProblems.unreadable("The document could not be read.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImportProblems.unreadable("The document could not be read.");
        }
    }


    static String withLinks(ExtractedText text) {
        return text.links().isEmpty() ? text.text() : text.text() + "\n\nLinks in the document:\n" + String.join("\n", text.links());
    }

    static String defaultTitle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.isBlank() ? "Imported resume" : base;
    }

}
