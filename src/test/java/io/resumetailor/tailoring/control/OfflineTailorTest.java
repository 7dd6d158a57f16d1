package io.resumetailor.tailoring.control;

import static io.resumetailor.tailoring.control.TailoringFixtures.VACANCY;
import static io.resumetailor.tailoring.control.TailoringFixtures.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class OfflineTailorTest {

    @Test
    void putsWhatTheVacancyAsksForFirst() {
        var tailored = OfflineTailor.tailor(base(), VACANCY);
        assertEquals("Excel", tailored.skills().get(tailored.skills().size() - 1));
        assertEquals(new HashSet<>(base().skills()), new HashSet<>(tailored.skills()));
        assertTrue(tailored.experience().get(0).description().endsWith("- Organised the team offsite"));
    }

    @Test
    void summaryUsesOnlyTheResumesOwnSentences() {
        var tailored = OfflineTailor.tailor(base(), VACANCY);
        String baseText = ResumeText.of(base());
        for (String sentence : tailored.summary().split("(?<=\\.)\\s+")) {
            assertTrue(baseText.contains(sentence.replaceAll("\\.$", "")), sentence);
        }
    }

    @Test
    void neverLowersTheScore() {
        assertTrue(MatchScorer.score(VACANCY, OfflineTailor.tailor(base(), VACANCY), base()).score()
                >= MatchScorer.score(VACANCY, base()).score());
    }
}
