package io.resumetailor.bench;

import io.resumetailor.matching.control.Language;
import io.resumetailor.matching.control.LanguageDetection;
import io.resumetailor.matching.control.Lexicon;
import io.resumetailor.matching.control.MatchScorer;
import io.resumetailor.matching.control.RequirementExtractor;
import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.MatchedRequirement;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures match scoring against a labelled set (bench/matching.sh): extraction precision
 * and recall, must/nice accuracy, noise violations, evidence precision/recall/F1, ranking
 * accuracy of graded resumes against a TF-IDF cosine baseline, and the time per score.
 * Plain Java SE, no container. See {@link #main} for the matching rule.
 */
public final class MatchingBench {

    static final Lexicon LEXICON = Lexicon.standard();
    static final MatchScorer SCORER = MatchScorer.standard();
    static final RequirementExtractor EXTRACTOR = RequirementExtractor.standard();
    static final YearMonth AS_OF = YearMonth.now();
    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    record Label(String id, String text, List<String> variants, boolean must, Integer years) {
    }

    record Graded(String fit, Set<String> evidences, ResumeContent content) {
    }

    record Case(String file, String company, String position, String description, List<Label> labels, List<String> noise,
                List<String> traits, List<Graded> resumes) {
    }

    /**
     * The rule: a text is normalised to the set of its stems (the vacancy language's Lucene
     * analyzer, filler words such as "experience" dropped). An extracted requirement matches a
     * label when, for the label's text or one of its variants, either both name the same lexicon
     * concept, or the two stem sets share at least half of the larger one.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/matching/set");
        List<Case> cases = load(dir);
        int extracted = 0, correct = 0, traitOnly = 0, labels = 0, found = 0, mustPairs = 0, mustRight = 0, noiseHits = 0;
        int eTp = 0, eFp = 0, eFn = 0, xTp = 0, xFp = 0, xFn = 0;
        int pairs = 0, ranked = 0, tfidfRanked = 0;
        List<String> noiseReport = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        List<Long> extractionTimes = new ArrayList<>();
        Map<String, Double> idf = idf(cases);
        System.out.printf("| vacancy | lang | extracted | P | R | scores strong/medium/weak | TF-IDF s/m/w |%n|---|---|---:|---:|---:|---|---|%n");
        for (Case c : cases) {
            Language language = LanguageDetection.detect(c.description(), Language.EN);
            long t0 = System.nanoTime();
            List<Requirement> requirements = EXTRACTOR.extract(c.company(), c.position(), c.description());
            extractionTimes.add(System.nanoTime() - t0);
            Map<String, Set<String>> labelsOf = new HashMap<>();
            Map<String, Requirement> firstFound = new HashMap<>();
            Map<String, String> representative = new HashMap<>();
            Map<String, Double> bestCloseness = new HashMap<>();
            int caseCorrect = 0, caseCounted = 0;
            for (Requirement requirement : requirements) {
                Set<String> matchedLabels = new LinkedHashSet<>();
                for (Label label : c.labels()) {
                    if (matches(requirement, label.text(), label.variants(), language)) {
                        matchedLabels.add(label.id());
                        firstFound.putIfAbsent(label.id(), requirement);
                    }
                }
                labelsOf.put(requirement.id(), matchedLabels);
                for (Label label : c.labels()) {
                    double closeness = matchedLabels.contains(label.id()) ? closeness(requirement, label, language) : 0;
                    if (closeness > bestCloseness.getOrDefault(label.id(), 0.0)) {
                        bestCloseness.put(label.id(), closeness);
                        representative.put(label.id(), requirement.id());
                    }
                }
                boolean trait = matchedLabels.isEmpty() && c.traits().stream().anyMatch(t -> matches(requirement, t, List.of(), language));
                boolean noise = matchedLabels.isEmpty() && c.noise().stream().anyMatch(n -> isNoise(requirement, n, language));
                if (noise) {
                    noiseHits++;
                    noiseReport.add(c.file() + ": \"" + requirement.text() + "\"");
                }
                if (trait) {
                    traitOnly++;
                    continue;
                }
                caseCounted++;
                caseCorrect += matchedLabels.isEmpty() ? 0 : 1;
                if (System.getProperty("bench.verbose") != null && matchedLabels.isEmpty()) {
                    System.out.println("  FP " + c.file() + ": " + requirement.text() + (requirement.mustHave() ? "" : " (nice)"));
                }
            }
            extracted += caseCounted;
            correct += caseCorrect;
            int caseFound = 0;
            for (Label label : c.labels()) {
                boolean hit = labelsOf.values().stream().anyMatch(ids -> ids.contains(label.id()));
                caseFound += hit ? 1 : 0;
                if (!hit && System.getProperty("bench.verbose") != null) {
                    System.out.println("  FN " + c.file() + ": " + label.text());
                }
            }
            for (Label label : c.labels()) {
                Requirement first = firstFound.get(label.id());
                if (first != null) {
                    mustPairs++;
                    mustRight += label.must() == first.mustHave() ? 1 : 0;
                    if (label.must() != first.mustHave() && System.getProperty("bench.verbose") != null) {
                        System.out.println("  MUST " + c.file() + ": " + label.text() + " labelled " + label.must() + ", extracted \""
                                + first.text() + "\"");
                    }
                }
            }
            labels += c.labels().size();
            found += caseFound;

            List<Requirement> labelled = c.labels().stream()
                    .map(l -> EXTRACTOR.userRequirement(l.id(), l.text(), l.must(), l.years(), c.description())).toList();
            Map<String, Integer> scores = new HashMap<>();
            Map<String, Double> cosines = new HashMap<>();
            for (Graded resume : c.resumes()) {
                Set<String> byLabels = matchedIds(SCORER.score(labelled, resume.content(), AS_OF));
                eTp += intersection(byLabels, resume.evidences());
                eFp += byLabels.size() - intersection(byLabels, resume.evidences());
                eFn += resume.evidences().size() - intersection(byLabels, resume.evidences());
                MatchExplanation explanation = SCORER.score(requirements, resume.content(), AS_OF);
                Set<String> endToEnd = new HashSet<>();
                Set<String> matchedIds = matchedIds(explanation);
                representative.forEach((label, requirement) -> {
                    if (matchedIds.contains(requirement)) {
                        endToEnd.add(label);
                    }
                });
                xTp += intersection(endToEnd, resume.evidences());
                xFp += endToEnd.size() - intersection(endToEnd, resume.evidences());
                xFn += resume.evidences().size() - intersection(endToEnd, resume.evidences());
                if (System.getProperty("bench.verbose") != null) {
                    for (Label label : c.labels()) {
                        boolean said = resume.evidences().contains(label.id());
                        if (said != endToEnd.contains(label.id())) {
                            Requirement closest = requirements.stream().filter(r -> r.id().equals(representative.get(label.id())))
                                    .findFirst().orElse(null);
                            System.out.println("  E2E-" + (said ? "FN " : "FP ") + c.file() + "/" + resume.fit() + ": " + label.text()
                                    + " <- " + (closest == null ? "(not extracted)" : "\"" + closest.text() + "\" [" + closest.concept() + "]"));
                        }
                    }
                }
                scores.put(resume.fit(), explanation.score());
                cosines.put(resume.fit(), cosine(tf(c.description()), tf(resumeText(resume.content())), idf));
                for (int i = 0; i < Integer.getInteger("bench.scores", 60); i++) {
                    long start = System.nanoTime();
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    SCORER.score(requirements, resume.content(), AS_OF);
                    if (i >= 20) {
                        times.add(System.nanoTime() - start);
                        cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
                    }
                }
                if (System.getProperty("bench.verbose") != null) {
                    System.out.println("  " + resume.fit() + " labels " + resume.evidences() + " scorer(labels) " + byLabels);
                    for (Requirement r : labelled) {
                        boolean said = resume.evidences().contains(r.id());
                        if (said != byLabels.contains(r.id())) {
                            System.out.println("  EVIDENCE-" + (said ? "FN " : "FP ") + c.file() + "/" + resume.fit() + ": " + r.text()
                                    + " [" + r.concept() + "]");
                        }
                    }
                }
            }
            for (String[] pair : new String[][]{{"strong", "medium"}, {"medium", "weak"}, {"strong", "weak"}}) {
                if (scores.containsKey(pair[0]) && scores.containsKey(pair[1])) {
                    pairs++;
                    ranked += scores.get(pair[0]) > scores.get(pair[1]) ? 1 : 0;
                    tfidfRanked += cosines.get(pair[0]) > cosines.get(pair[1]) ? 1 : 0;
                }
            }
            System.out.printf("| %s | %s | %d | %.2f | %.2f | %s/%s/%s | %.2f/%.2f/%.2f |%n", c.file(), language.code(), caseCounted,
                    caseCounted == 0 ? 0 : (double) caseCorrect / caseCounted, (double) caseFound / c.labels().size(),
                    scores.get("strong"), scores.get("medium"), scores.get("weak"),
                    cosines.getOrDefault("strong", 0.0), cosines.getOrDefault("medium", 0.0), cosines.getOrDefault("weak", 0.0));
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] cpu = cpuTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] extraction = extractionTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nSet: %s — %d vacancies, %d labelled requirements, %d resumes%n", dir, cases.size(), labels,
                cases.stream().mapToInt(c -> c.resumes().size()).sum());
        System.out.printf("Extraction precision %.3f (%d of %d; %d more matched only a trait and are left out; strict precision %.3f)%n",
                (double) correct / extracted, correct, extracted, traitOnly, (double) correct / (extracted + traitOnly));
        System.out.printf("Extraction recall    %.3f (%d of %d labels)%n", (double) found / labels, found, labels);
        System.out.printf("Must/nice accuracy   %.3f (%d of %d found labels, against the first extracted requirement matching each)%n", (double) mustRight / mustPairs, mustRight, mustPairs);
        System.out.printf("Noise violations     %d%s%n", noiseHits, noiseReport.isEmpty() ? "" : " " + noiseReport);
        printPrf("Evidence, labelled requirements as the list", eTp, eFp, eFn);
        printPrf("Evidence, end to end (extracted requirements)", xTp, xFp, xFn);
        System.out.printf("Ranking accuracy     %.3f (%d of %d pairs strong>medium>weak); TF-IDF cosine baseline %.3f (%d of %d)%n",
                (double) ranked / pairs, ranked, pairs, (double) tfidfRanked / pairs, tfidfRanked, pairs);
        System.out.printf("Time per score       median %.2f ms, p95 %.2f ms (%d scores); extraction per vacancy median %.2f ms%n",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted.length,
                extraction[extraction.length / 2] / 1e6);
        System.out.printf("CPU time per score   median %.2f ms, p95 %.2f ms (the thread's own CPU time: without waiting for the shared cores)%n",
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.95)] / 1e6);
    }

    static void printPrf(String what, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        System.out.printf("%s: precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)%n", what, p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, fn);
    }

    static Set<String> matchedIds(MatchExplanation explanation) {
        Set<String> ids = new HashSet<>();
        for (MatchedRequirement matched : explanation.matched()) {
            ids.add(matched.requirement().id());
        }
        return ids;
    }

    static int intersection(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    static boolean matches(Requirement requirement, String text, List<String> variants, Language language) {
        Set<String> extracted = stems(requirement.text(), language);
        for (String variant : Stream.concat(Stream.of(text), variants.stream()).toList()) {
            if (requirement.concept() != null && concepts(variant, language).contains(requirement.concept())) {
                return true;
            }
            Set<String> label = stems(variant, language);
            int shared = intersection(extracted, label);
            if (shared > 0 && shared * 2 >= Math.max(extracted.size(), label.size())) {
                return true;
            }
        }
        return false;
    }

    /** How close a requirement is to a label it matches: the best stem overlap over its variants; a shared concept alone is 0.5. */
    static double closeness(Requirement requirement, Label label, Language language) {
        Set<String> extracted = stems(requirement.text(), language);
        double best = 0;
        for (String variant : Stream.concat(Stream.of(label.text()), label.variants().stream()).toList()) {
            Set<String> other = stems(variant, language);
            int shared = intersection(extracted, other);
            if (shared > 0) {
                best = Math.max(best, (double) shared / Math.max(extracted.size(), other.size()));
            }
            if (requirement.concept() != null && concepts(variant, language).contains(requirement.concept())) {
                best = Math.max(best, 0.5);
            }
        }
        return best;
    }

    /**
     * A noise string appears in a requirement when all its stems are in it and, since the
     * analyzer drops numbers, all its numbers too: "600 Mandanten" (the firm's client count) is
     * noise, "Freude am Umgang mit Mandanten" (a trait) is not.
     */
    static boolean isNoise(Requirement requirement, String noise, Language language) {
        Set<String> stems = stems(noise, language);
        if (stems.isEmpty() || !stems(requirement.text(), language).containsAll(stems)) {
            return false;
        }
        Matcher number = NUMBER.matcher(noise);
        while (number.find()) {
            if (!requirement.text().contains(number.group())) {
                return false;
            }
        }
        return true;
    }

    static final Pattern NUMBER = Pattern.compile("\\d+");

    static Set<String> stems(String text, Language language) {
        Set<String> stems = new LinkedHashSet<>();
        for (String stem : LEXICON.analysis().analyze(text, language).terms()) {
            if (!LEXICON.isFiller(stem, language)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    static Set<String> concepts(String text, Language language) {
        Set<String> ids = new HashSet<>();
        LEXICON.find(LEXICON.analysis().analyze(text, language), language).forEach(f -> ids.add(f.concept().id()));
        return ids;
    }

    static Map<String, Integer> tf(String text) {
        Map<String, Integer> tf = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase());
        while (matcher.find()) {
            tf.merge(matcher.group(), 1, Integer::sum);
        }
        return tf;
    }

    static Map<String, Double> idf(List<Case> cases) {
        List<Map<String, Integer>> documents = new ArrayList<>();
        for (Case c : cases) {
            documents.add(tf(c.description()));
            c.resumes().forEach(r -> documents.add(tf(resumeText(r.content()))));
        }
        Map<String, Integer> df = new HashMap<>();
        documents.forEach(d -> d.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        df.forEach((w, n) -> idf.put(w, Math.log((double) documents.size() / n) + 1));
        return idf;
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> idf) {
        double dot = 0, na = 0, nb = 0;
        for (var e : a.entrySet()) {
            double wa = e.getValue() * idf.getOrDefault(e.getKey(), 1.0);
            na += wa * wa;
            Integer other = b.get(e.getKey());
            if (other != null) {
                dot += wa * other * idf.getOrDefault(e.getKey(), 1.0);
            }
        }
        for (var e : b.entrySet()) {
            double wb = e.getValue() * idf.getOrDefault(e.getKey(), 1.0);
            nb += wb * wb;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static String resumeText(ResumeContent resume) {
        StringBuilder text = new StringBuilder(resume.summary() == null ? "" : resume.summary());
        resume.experience().forEach(e -> text.append('\n').append(e.position()).append('\n').append(e.description())
                .append(e.projects() == null ? "" : String.join("\n", e.projects())));
        resume.skills().forEach(s -> text.append('\n').append(s));
        resume.education().forEach(e -> text.append('\n').append(e.degree()).append(' ').append(e.field() == null ? "" : e.field()));
        if (resume.certifications() != null) {
            resume.certifications().forEach(c -> text.append('\n').append(c.name()));
        }
        if (resume.languages() != null) {
            resume.languages().forEach(l -> text.append('\n').append(l.language()));
        }
        return text.toString();
    }

    static List<Case> load(Path dir) throws IOException {
        List<Case> cases = new ArrayList<>();
        Jsonb jsonb = JsonbBuilder.create();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonObject root = Json.createReader(new StringReader(Files.readString(file))).readObject();
                JsonObject vacancy = root.getJsonObject("vacancy");
                List<Label> labels = new ArrayList<>();
                for (JsonValue value : root.getJsonArray("requirements")) {
                    JsonObject r = value.asJsonObject();
                    labels.add(new Label(r.getString("id"), r.getString("text"), strings(r, "variants"), r.getBoolean("must"),
                            r.containsKey("years") && !r.isNull("years") ? r.getInt("years") : null));
                }
                List<Graded> resumes = new ArrayList<>();
                for (JsonValue value : root.getJsonArray("resumes")) {
                    JsonObject r = value.asJsonObject();
                    resumes.add(new Graded(r.getString("fit"), new HashSet<>(strings(r, "evidences")),
                            jsonb.fromJson(r.getJsonObject("content").toString(), ResumeContent.class)));
                }
                cases.add(new Case(file.getFileName().toString().replace(".json", ""), vacancy.getString("company"),
                        vacancy.getString("jobPosition", null), vacancy.getString("description"), labels, strings(root, "noise"),
                        strings(root, "traits"), resumes));
            }
        }
        return cases;
    }

    static List<String> strings(JsonObject object, String key) {
        if (!object.containsKey(key) || object.isNull(key)) {
            return List.of();
        }
        return object.getJsonArray(key).stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private MatchingBench() {
    }
}
