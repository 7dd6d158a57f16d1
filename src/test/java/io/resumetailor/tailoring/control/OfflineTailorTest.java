package io.resumetailor.tailoring.control;

import static io.resumetailor.tailoring.control.TailoringFixtures.base;
import static io.resumetailor.tailoring.control.TailoringFixtures.requirements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.control.MatchScorer;
import java.time.YearMonth;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class OfflineTailorTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void putsWhatTheVacancyAsksForFirst() {
        var tailored = OfflineTailor.tailor(base(), requirements());
        assertEquals("Excel", tailored.skills().get(tailored.skills().size() - 1));
        assertEquals(new HashSet<>(base().skills()), new HashSet<>(tailored.skills()));
        assertTrue(tailored.experience().get(0).description().endsWith("- Organised the team offsite"));
    }

    @Test
    void summaryUsesOnlyTheResumesOwnSentences() {
        var tailored = OfflineTailor.tailor(base(), requirements());
        String baseText = ResumeText.of(base());
        for (String sentence : tailored.summary().split("(?<=\\.)\\s+")) {
            assertTrue(baseText.contains(sentence.replaceAll("\\.$", "")), sentence);
        }
    }

    @Test
    void summaryKeepsItsOwnSentencesTheMostRelevantFirst() {
        var base = TailoringFixtures.with(base(), base().skills(), "Organised the team offsite twice. Built payment services in Java.",
                base().experience());
        var tailored = OfflineTailor.tailor(base, requirements());
        assertEquals("Built payment services in Java. Organised the team offsite twice.", tailored.summary());
    }

    @Test
    void aResumeWithASummaryGetsNoDescriptionLinesCopiedIntoIt() {
        var tailored = OfflineTailor.tailor(base(), requirements());
        assertEquals(base().summary(), tailored.summary());
    }

    @Test
    void aResumeWithoutASummaryGetsOneFromItsMostRelevantLines() {
        var base = TailoringFixtures.with(base(), base().skills(), null, base().experience());
        var tailored = OfflineTailor.tailor(base, requirements());
        assertTrue(tailored.summary().startsWith("Built the billing platform in Java with Spring Boot."), tailored.summary());
    }

    @Test
    void neverLowersTheScore() {
        MatchScorer scorer = MatchScorer.standard();
        assertTrue(scorer.score(requirements(), OfflineTailor.tailor(base(), requirements()), base(), NOW).score()
                >= scorer.score(requirements(), base(), NOW).score());
    }
}
