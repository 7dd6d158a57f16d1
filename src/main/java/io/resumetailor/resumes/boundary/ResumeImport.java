package io.resumetailor.resumes.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.boundary.LlmGateway;
import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmRequest;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.profiles.boundary.Profiles;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.resumes.control.DocumentSniffer;
import io.resumetailor.resumes.control.Deadline;
import io.resumetailor.resumes.control.DocumentText;
import io.resumetailor.resumes.control.ExtractedText;
import io.resumetailor.resumes.control.ContactFallback;
import io.resumetailor.resumes.control.ContactFallback.ProfileContact;
import io.resumetailor.resumes.control.ImportProblems;
import io.resumetailor.resumes.control.ImportSlots;
import io.resumetailor.resumes.control.ParsedResume;
import io.resumetailor.resumes.control.ResumeReader;
import io.resumetailor.resumes.control.ResumeContentJson;
import io.resumetailor.resumes.entity.ContentLimits;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import io.resumetailor.usage.entity.Operation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
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
 * deadline that stops the extraction itself (one extraction per user at a time), structures
 * it (a model through the metered gateway, or the built-in parser), fills a name or email
 * the document lacks from the user's profile, validates the result with the seed's rules
 * (asking the model once more when it does not validate) and stores the resume. The file
 * itself is not kept. No transaction is open while a model or the extraction runs.
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

    @EJB

    LlmGateway gateway;

    @EJB

    Resumes resumes;

    @Inject
    ResumeContentJson answers;

    @Inject
    Profiles profiles;

    @Inject
    ImportSlots slots;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "import.extraction-timeout-seconds", defaultValue = "15")
    long extractionTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "import.max-concurrent-per-user", defaultValue = "1")
    int maxConcurrentPerUser;

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
        ExtractedText text;
        slots.acquire(caller.id(), maxConcurrentPerUser);
        try {
            text = extract(content, type);
        } finally {
            slots.release(caller.id());
        }
        String safeName = DocumentSniffer.safeFileName(fileName, type);
        String resumeTitle = title == null || title.isBlank() ? defaultTitle(safeName) : title.strip();
        if (resumeTitle.length() > 255) {
            throw ProblemException.invalidField("title", "size must be between 1 and 255");
        }
        ParsedResume[] builtinParse = new ParsedResume[1];
        LlmRequest request = new LlmRequest("resume_content", INSTRUCTIONS, withLinks(text), ResumeSchemas.resumeContent(), 4000, () -> {
            builtinParse[0] = ContactFallback.completed(ResumeReader.read(text), () -> profileContact(caller.id()));
            return ResumeContentJson.toJson(builtinParse[0].content());
        });
        var result = gateway.run(caller, Operation.PARSE, request, byok, builtin, reply -> {
            ResumeContent read = answers.read(ContactFallback.completed(reply.json(), () -> profileContact(caller.id())));
            return resumes.store(caller.id(), resumeTitle, read, safeName, type);
        });
        boolean offline = "offline".equals(result.reply().engine());
        return new ImportResult(ResumeView.of(result.value()), offline ? "builtin" : result.reply().engine(),
                offline && builtinParse[0] != null ? builtinParse[0].uncertain() : List.of());
    }

    /**
     * Extraction in a managed thread under a deadline that the extraction checks itself (see
     * {@link Deadline}); the wait below is only a backstop, a little longer than the deadline.
     */
    ExtractedText extract(byte[] content, SourceFileType type) {
        Deadline deadline = Deadline.after(Duration.ofSeconds(extractionTimeoutSeconds));
        Future<ExtractedText> task = executor.submit(() -> DocumentText.extract(content, type, deadline));
        try {
            return task.get(extractionTimeoutSeconds * 1000 + 2000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw ImportProblems.tooSlow();
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


    /** The user's profile name and email, when a profile exists. */
    Optional<ProfileContact> profileContact(UUID userId) {
        try {
            Profile profile = profiles.get(userId);
            String name = ((profile.getFirstName() == null ? "" : profile.getFirstName()) + " "
                    + (profile.getLastName() == null ? "" : profile.getLastName())).strip();
            // two names of up to 100 characters each may exceed a resume's name by the space between them
            return Optional.of(new ProfileContact(name.length() > ContentLimits.NAME ? name.substring(0, ContentLimits.NAME).strip()
                    : name, profile.getEmail()));
        } catch (ProblemException e) {
            return Optional.empty();
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
