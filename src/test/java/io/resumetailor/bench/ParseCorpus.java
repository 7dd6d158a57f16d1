package io.resumetailor.bench;

import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.control.ContactFallback;
import io.resumetailor.resumes.control.Deadline;
import io.resumetailor.resumes.control.DocumentSniffer;
import io.resumetailor.resumes.control.DocumentText;
import io.resumetailor.resumes.control.IncompleteResume;
import io.resumetailor.resumes.control.ParsedResume;
import io.resumetailor.resumes.control.ResumeReader;
import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs extraction and the built-in parser over a folder of real resumes without booting the
 * server and writes {@code <out>/<file>.json} exactly as {@code score_import.py run} does
 * ({@code {status, seconds, body}}, body = the import response or a problem document), so
 * that {@code score_import.py score --out <out>} scores it. Users have no profile, as the
 * scorer's fresh development users; the content is validated with the seed's rules as the
 * import does. Seconds are the warm time of extraction plus parsing (third run of each file).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.resumetailor.bench.ParseCorpus CORPUS [OUT]</pre>
 */
public final class ParseCorpus {

    private ParseCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/resumes");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/score-import-out"));
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        List<Double> times = new ArrayList<>();
        try (Jsonb jsonb = JsonbBuilder.create(); Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().matches("(?i).*\\.(pdf|docx)$")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Map<String, Object> result = null;
                long nanos = 0;
                for (int run = 0; run < 3; run++) {
                    long start = System.nanoTime();
                    result = importOnce(bytes, file.getFileName().toString(), validator);
                    nanos = System.nanoTime() - start;
                }
                double seconds = nanos / 1e9;
                times.add(seconds);
                result.put("seconds", Math.round(seconds * 1000) / 1000.0);
                Files.writeString(out.resolve(file.getFileName() + ".json"), jsonb.toJson(result));
                System.out.printf("%s %6.3fs %s%n", result.get("status"), seconds, file.getFileName());
            }
        }
        times.sort(null);
        if (!times.isEmpty()) {
            System.out.printf("median extract+parse %.1f ms, max %.1f ms%n", times.get(times.size() / 2) * 1000,
                    times.get(times.size() - 1) * 1000);
        }
        System.exit(0);
    }

    static Map<String, Object> importOnce(byte[] bytes, String name, Validator validator) {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            var type = DocumentSniffer.sniff(bytes, name);
            var text = DocumentText.extract(bytes, type, Deadline.after(Duration.ofSeconds(15)));
            ParsedResume parsed = ContactFallback.completed(ResumeReader.read(text), Optional::empty);
            ResumeContent content = parsed.content();
            var violations = validator.validate(content);
            if (!violations.isEmpty()) {
                result.put("status", 502);
                result.put("body", Map.of("type", "urn:resume-tailor:problem:llm-invalid-output", "detail", violations.toString()));
                return result;
            }
            Map<String, Object> resume = new LinkedHashMap<>();
            resume.put("content", content);
            resume.put("sourceFileName", name);
            resume.put("sourceFileType", type.label());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("resume", resume);
            body.put("engine", "builtin");
            body.put("uncertainFields", parsed.uncertain());
            result.put("status", 201);
            result.put("body", body);
        } catch (IncompleteResume e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", e.problem().type());
            body.put("status", e.problem().status());
            body.put("detail", e.problem().detail());
            body.put("resume", Map.of("content", e.partial()));
            body.put("uncertainFields", e.uncertain());
            result.put("status", e.problem().status());
            result.put("body", body);
        } catch (ProblemException e) {
            result.put("status", e.problem().status());
            result.put("body", e.problem());
        }
        return result;
    }
}
