package io.resumetailor.export.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.export.control.DocxDocument;
import io.resumetailor.export.control.FileNames;
import io.resumetailor.export.control.JsonResume;
import io.resumetailor.export.control.PdfDocument;
import io.resumetailor.export.control.ResumeLayout;
import io.resumetailor.export.control.ResumeWords;
import io.resumetailor.export.entity.ExportFormat;
import io.resumetailor.export.entity.ExportedFile;
import io.resumetailor.resumes.boundary.Resumes;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.boundary.Generations;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.usage.boundary.UsageMeter;
import io.resumetailor.usage.entity.Admission;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.vacancies.boundary.Vacancies;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Exports a resume or a generation of the user's; metered as export, a failure uses no quota. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Exports {

    @EJB

    Resumes resumes;

    @EJB

    Generations generations;

    @EJB

    Vacancies vacancies;

    @EJB

    UsageMeter meter;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "export.timeout-seconds", defaultValue = "20")
    long timeoutSeconds;

    /** {@code lang} chooses the language of the document's own words; null for the resume's language. */
    public ExportedFile resume(Caller caller, UUID resumeId, String format, String lang) {
        ExportFormat exportFormat = ExportFormat.of(format);
        Optional<ResumeWords> words = words(lang);
        ResumeContent content = resumes.get(caller.id(), resumeId).getContent();
        return render(caller, content, null, exportFormat, words.orElseGet(() -> ResumeWords.of(content)));
    }

    public ExportedFile generation(Caller caller, UUID generationId, String format, String lang) {
        ExportFormat exportFormat = ExportFormat.of(format);
        Optional<ResumeWords> words = words(lang);
        Generation generation = generations.get(caller.id(), generationId);
        String company = vacancies.get(caller.id(), generation.getVacancyId()).getCompany();
        return render(caller, generation.getContent(), company, exportFormat,
                words.orElseGet(() -> ResumeWords.of(generation.getContent())));
    }

    static Optional<ResumeWords> words(String lang) {
        if (lang == null || lang.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ResumeWords.ofCode(lang).orElseThrow(() -> ProblemException.invalidField("lang", "must be en, de, fr, es or ru")));
    }

    ExportedFile render(Caller caller, ResumeContent content, String company, ExportFormat format, ResumeWords words) {
        Admission admission = meter.admit(caller.id(), caller.role(), Operation.EXPORT, ProviderType.PLATFORM);
        boolean done = false;
        try {
            String name = content.personalInfo().fullName();
            String title = name + " – " + (company == null ? words.resume() : words.resumeFor() + " " + company);
            byte[] bytes = withinTime(() -> switch (format) {
                case PDF -> PdfDocument.render(ResumeLayout.of(content, words), title, name);
                case DOCX -> DocxDocument.render(ResumeLayout.of(content, words), title, name);
                case JSON -> JsonResume.of(content).toString().getBytes(StandardCharsets.UTF_8);
            });
            meter.settle(admission, 0, BigDecimal.ZERO);
            done = true;
            return new ExportedFile(bytes, format, FileNames.of(name, company, format.extension()),
                    FileNames.original(name, company, format.extension()));
        } finally {
            if (!done) {
                meter.release(admission);
            }
        }
    }

    /** Renders on the container's executor and gives up after {@code export.timeout-seconds}, stopping the renderer. */
    private byte[] withinTime(Callable<byte[]> rendering) {
        Future<byte[]> task = executor.submit(rendering);
        try {
            return task.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ProblemException(Problem.of("export-timeout", "Export took too long", 503,
                    "The document could not be rendered in " + timeoutSeconds + " s; try again later."));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export interrupted", e);
        }
    }

}
