package io.resumetailor.tailoring.control;

import static io.resumetailor.tailoring.control.TailoringFixtures.VACANCY;
import static io.resumetailor.tailoring.control.TailoringFixtures.base;
import static io.resumetailor.tailoring.control.TailoringFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.tailoring.entity.MatchExplanation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    @Test
    void splitsMustHaveFromNiceToHave() {
        var keywords = MatchScorer.vacancyKeywords(VACANCY);
        assertTrue(keywords.get("java"));
        assertTrue(keywords.get("spring boot"));
        assertTrue(keywords.get("kafka"));
        assertTrue(keywords.get("kubernetes"));
        assertFalse(keywords.get("go"));
        assertFalse(keywords.get("terraform"));
    }

    @Test
    void scoresIdenticalInputIdentically() {
        MatchExplanation first = MatchScorer.score(VACANCY, base());
        for (int i = 0; i < 20; i++) {
            assertEquals(first, MatchScorer.score(VACANCY, base()));
        }
    }

    @Test
    void explainsMatchedAndMissingKeywords() {
        MatchExplanation explanation = MatchScorer.score(VACANCY, base());
        List<String> matched = explanation.matched().stream().map(MatchExplanation.Keyword::keyword).toList();
        List<String> missing = explanation.missing().stream().map(MatchExplanation.Keyword::keyword).toList();
        assertTrue(matched.containsAll(List.of("java", "spring boot", "postgresql", "kubernetes")), matched.toString());
        assertTrue(missing.containsAll(List.of("kafka", "go", "terraform")), missing.toString());
        assertTrue(explanation.score() > 0 && explanation.score() < 100, "" + explanation.score());
    }

    @Test
    void understandsAliases() {
        var resume = with(base(), List.of("JS", "k8s", "Postgres"), null, base().experience());
        var explanation = MatchScorer.score("Required: JavaScript, Kubernetes, PostgreSQL", resume);
        assertEquals(100, explanation.score(), explanation.toString());
    }

    @Test
    void staysWithin0And100() {
        assertEquals(0, MatchScorer.score("", base()).score());
        assertEquals(0, MatchScorer.score("Required: Rust, Haskell, Erlang", base()).score());
        var everything = with(base(), List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Kubernetes", "Go", "Terraform",
                "Acme", "Senior", "Backend"), base().summary(), base().experience());
        int score = MatchScorer.score(VACANCY, everything).score();
        assertTrue(score >= 0 && score <= 100);
    }

    @Test
    void addingAnEvidencedMustHaveNeverLowersTheScore() {
        var resume = base();
        int before = MatchScorer.score(VACANCY, resume).score();
        List<String> skills = new ArrayList<>(resume.skills());
        skills.add("Kafka");
        var richer = with(resume, skills, resume.summary(), resume.experience());
        assertTrue(MatchScorer.score(VACANCY, richer).score() >= before);
        assertTrue(MatchScorer.score(VACANCY, richer).score() > before, "Kafka is a must-have");
    }

    @Test
    void unevidencedKeywordsEarnNothingInTheAfterScore() {
        var base = base();
        List<String> skills = new ArrayList<>(base.skills());
        skills.addAll(List.of("Kafka", "Go", "Terraform"));
        var claimed = with(base, skills, base.summary() + " Expert in Kafka.", base.experience());
        MatchExplanation after = MatchScorer.score(VACANCY, claimed, base);
        assertEquals(MatchScorer.score(VACANCY, base).score(), after.score());
        assertTrue(after.unevidenced().containsAll(List.of("kafka", "go", "terraform")), after.toString());
    }
}
