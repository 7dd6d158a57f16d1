package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final MatchScorer SCORER = MatchScorer.standard();
    static final List<Requirement> NURSE = RequirementExtractor.standard().extract(NurseFixtures.COMPANY, null, NurseFixtures.VACANCY);

    static MatchExplanation score(ResumeContent resume) {
        return SCORER.score(NURSE, resume, NOW);
    }

    @Test
    void icuNurseRanksHighAndAboveWeakerCandidates() {
        int icu = score(NurseFixtures.icuNurse()).score();
        int ward = score(NurseFixtures.wardNurse()).score();
        int accountant = score(NurseFixtures.accountant()).score();
        assertTrue(icu >= 80, "ICU nurse scored " + icu + ": " + score(NurseFixtures.icuNurse()));
        assertTrue(icu > ward && ward > accountant, icu + " > " + ward + " > " + accountant);
        assertEquals("strong", score(NurseFixtures.icuNurse()).band());
    }

    @Test
    void evidenceSaysWhere() {
        MatchExplanation explanation = score(NurseFixtures.icuNurse());
        var mentoring = explanation.matched().stream().filter(m -> "mentoring".equals(m.requirement().concept())).findFirst()
                .orElseThrow();
        var where = mentoring.evidence().get(0);
        assertEquals("experience.description", where.section());
        assertEquals(0, where.entry());
        assertEquals(1, where.line());
        assertTrue(where.text().startsWith("Mentored newly qualified nurses"));
        assertTrue(explanation.matched().stream().anyMatch(m -> "icu".equals(m.requirement().concept())
                && m.evidence().stream().anyMatch(e -> e.section().equals("experience.position"))));
    }

    @Test
    void missingMustHaveCapsTheScoreAndSaysSo() {
        MatchExplanation ward = score(NurseFixtures.wardNurse());
        assertNotNull(ward.cap());
        assertTrue(ward.score() <= ward.cap().score());
        assertTrue(ward.cap().requirements().size() >= 2);
        assertTrue(ward.missing().get(0).gain() >= ward.missing().get(ward.missing().size() - 1).gain());
        List<Requirement> niceOnly = NURSE.stream().filter(r -> !r.mustHave()).toList();
        assertNull(SCORER.score(niceOnly, NurseFixtures.accountant(), NOW).cap());
    }

    @Test
    void yearsAreCheckedAgainstTheDatesOfRelevantJobs() {
        Requirement fiveYears = new Requirement("r1", "intensive care experience", true, "experience", 5, "icu", Requirement.USER);
        Requirement tenYears = new Requirement("r2", "intensive care experience", true, "experience", 10, "icu", Requirement.USER);
        MatchExplanation explanation = SCORER.score(List.of(fiveYears, tenYears), NurseFixtures.icuNurse(), NOW);
        assertEquals(List.of("r1"), explanation.matched().stream().map(m -> m.requirement().id()).toList());
    }

    @Test
    void scoresIdenticalInputIdentically() {
        assertEquals(score(NurseFixtures.icuNurse()), score(NurseFixtures.icuNurse()));
    }

    @Test
    void afterScoreCreditsOnlyWhatTheBaseEvidences() {
        ResumeContent base = NurseFixtures.wardNurse();
        List<String> claimed = new ArrayList<>(base.skills());
        claimed.add("Advanced Life Support (ALS)");
        claimed.add("Ventilator management");
        ResumeContent tailored = new ResumeContent(base.personalInfo(), base.summary(), base.experience(), base.education(),
                claimed, base.certifications(), base.languages());
        MatchExplanation before = SCORER.score(NURSE, base, NOW);
        MatchExplanation after = SCORER.score(NURSE, tailored, base, NOW);
        assertEquals(before.score(), after.score());
        assertTrue(after.unevidenced().stream().anyMatch(r -> "als".equals(r.concept())));
        assertTrue(after.unevidenced().stream().anyMatch(r -> "ventilation".equals(r.concept())));
        assertTrue(SCORER.score(NURSE, tailored, NOW).score() > before.score(), "claims alone would have raised it");
    }

    @Test
    void noRequirementsScoreZero() {
        assertEquals(0, SCORER.score(List.of(), NurseFixtures.icuNurse(), NOW).score());
    }

    @Test
    void evidencingMoreNeverScoresLowerAndMissingMustHavesDoNotTie() {
        List<Requirement> asked = List.of(
                new Requirement("m1", "a", true, "phrase", null, null, Requirement.USER),
                new Requirement("m2", "b", true, "phrase", null, null, Requirement.USER),
                new Requirement("m3", "c", true, "phrase", null, null, Requirement.USER),
                new Requirement("n1", "d", false, "phrase", null, null, Requirement.USER),
                new Requirement("n2", "e", false, "phrase", null, null, Requirement.USER));
        for (int mask = 0; mask < 32; mask++) {
            for (int more = 0; more < 32; more++) {
                if ((mask & more) == mask) {
                    int fewer = mask;
                    int superset = more;
                    List<Requirement> less = asked.stream().filter(r -> (fewer >> asked.indexOf(r) & 1) == 1).toList();
                    List<Requirement> most = asked.stream().filter(r -> (superset >> asked.indexOf(r) & 1) == 1).toList();
                    assertTrue(MatchScorer.score(asked, most) >= MatchScorer.score(asked, less), less + " vs " + most);
                }
            }
        }
        List<Requirement> twoMustsAllNice = List.of(asked.get(0), asked.get(1), asked.get(3), asked.get(4));
        List<Requirement> twoMustsOneNice = List.of(asked.get(0), asked.get(1), asked.get(3));
        assertTrue(MatchScorer.score(asked, twoMustsAllNice) > MatchScorer.score(asked, twoMustsOneNice),
                "both miss a must-have, one evidences more: no tie");
        assertTrue(MatchScorer.score(asked, twoMustsAllNice) <= MatchScorer.cap(asked, twoMustsAllNice).score());
    }
}
