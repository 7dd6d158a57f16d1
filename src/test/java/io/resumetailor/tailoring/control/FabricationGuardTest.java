package io.resumetailor.tailoring.control;

import static io.resumetailor.tailoring.control.TailoringFixtures.base;
import static io.resumetailor.tailoring.control.TailoringFixtures.requirements;
import static io.resumetailor.tailoring.control.TailoringFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.entity.GuardResult;
import io.resumetailor.tailoring.entity.GuardWarning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One forbidden change per test, as a fabricating model would make it: reverted and warned. */
class FabricationGuardTest {

    static ExperienceEntry first() {
        return base().experience().get(0);
    }

    static List<ExperienceEntry> replaceFirst(ExperienceEntry entry) {
        List<ExperienceEntry> list = new ArrayList<>(base().experience());
        list.set(0, entry);
        return list;
    }

    static void assertReverted(GuardResult result, String warningPart) {
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains(warningPart)), result.warnings().toString());
        assertEquals(base().personalInfo(), result.content().personalInfo());
        assertEquals(base().experience().size(), result.content().experience().size());
    }

    @Test
    void honestRewordingAndReorderingPassesUntouched() {
        ResumeContent tailored = OfflineTailor.tailor(base(), requirements());
        GuardResult result = FabricationGuard.check(base(), tailored);
        assertEquals(List.of(), result.warnings());
        assertEquals(tailored, result.content());
        assertEquals(List.of(0, 1), result.experienceSources());
    }

    @Test
    void newEmployerIsRemoved() {
        List<ExperienceEntry> experience = new ArrayList<>(base().experience());
        experience.add(0, new ExperienceEntry("Google", "Staff Engineer", "2021-01", null, "- Led Kafka platform", null, null));
        GuardResult result = FabricationGuard.check(base(), with(base(), base().skills(), base().summary(), experience));
        assertReverted(result, "matches no entry");
        assertFalse(result.content().experience().stream().anyMatch(e -> e.company().equals("Google")));
    }

    @Test
    void changedEmployerNameIsRevertedButTheEntryKept() {
        var changed = new ExperienceEntry("Analytical Engines Ltd", "Principal Engineer", "2020-01", null, first().description(), null, null);
        GuardResult result = FabricationGuard.check(base(), with(base(), base().skills(), base().summary(), replaceFirst(changed)));
        assertReverted(result, "employer, position or dates changed");
        assertEquals("Senior Software Engineer", result.content().experience().get(0).position());
    }

    @Test
    void changedDatesAreReverted() {
        var changed = new ExperienceEntry(first().company(), first().position(), "2017-01", null, first().description(), null, null);
        GuardResult result = FabricationGuard.check(base(), with(base(), base().skills(), base().summary(), replaceFirst(changed)));
        assertReverted(result, "dates changed");
        assertEquals("2020-01", result.content().experience().get(0).startDate());
    }

    @Test
    void newSkillWithoutEvidenceIsRemoved() {
        List<String> skills = new ArrayList<>(base().skills());
        skills.add("Kafka");
        GuardResult result = FabricationGuard.check(base(), with(base(), skills, base().summary(), base().experience()));
        assertReverted(result, "\"Kafka\" has no evidence");
        assertFalse(result.content().skills().contains("Kafka"));
    }

    @Test
    void skillRenamedToAnAliasIsEvidence() {
        List<String> skills = new ArrayList<>(base().skills());
        skills.add("Postgres");
        skills.add("k8s");
        GuardResult result = FabricationGuard.check(base(), with(base(), skills, base().summary(), base().experience()));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void inventedPercentageIsReverted() {
        var changed = new ExperienceEntry(first().company(), first().position(), first().startDate(), null,
                "- Built the billing platform in Java, growing revenue by 35%", null, null);
        GuardResult result = FabricationGuard.check(base(), with(base(), base().skills(), base().summary(), replaceFirst(changed)));
        assertReverted(result, "[35%]");
        assertEquals(first().description(), result.content().experience().get(0).description());
    }

    @Test
    void inventedMoneyAndCountsAreCaught() {
        assertEquals(List.of("$2m", "12"), List.copyOf(FabricationGuard.invented(
                FabricationGuard.numbers("Saved $2M for 12 clients, 40% faster"), FabricationGuard.numbers(ResumeText.of(base())))));
    }

    @Test
    void existingNumberMayBeRepeated() {
        var changed = new ExperienceEntry("Babbage & Co", "Software Engineer", "2016-03", "2019-12",
                "- Reduced payment latency by 40%", null, null);
        List<ExperienceEntry> experience = new ArrayList<>(base().experience());
        experience.set(1, changed);
        assertEquals(List.of(), FabricationGuard.check(base(), with(base(), base().skills(), base().summary(), experience)).warnings());
    }

    @Test
    void droppedEntryIsRestored() {
        GuardResult result = FabricationGuard.check(base(), with(base(), base().skills(), base().summary(),
                List.of(base().experience().get(1))));
        assertReverted(result, "was dropped; restored");
        assertEquals(List.of(1, 0), result.experienceSources());
    }

    @Test
    void changedEmailIsReverted() {
        var original = base();
        var tailored = new ResumeContent(new PersonalInfo("Ada Lovelace", "ada.lovelace@gmail.com", null, null, null, null),
                original.summary(), original.experience(), original.education(), original.skills(), original.certifications(),
                original.languages());
        assertReverted(FabricationGuard.check(original, tailored), "personal info");
    }

    @Test
    void addedCertificationIsReverted() {
        var original = base();
        var tailored = new ResumeContent(original.personalInfo(), original.summary(), original.experience(), original.education(),
                original.skills(), List.of(new CertificationEntry("CKA", "CNCF", "2023-01")), original.languages());
        GuardResult result = FabricationGuard.check(original, tailored);
        assertReverted(result, "certifications");
        assertEquals(original.certifications(), result.content().certifications());
    }

    @Test
    void summaryClaimingUnsupportedSkillsOrNumbersIsReverted() {
        GuardResult result = FabricationGuard.check(base(), with(base(), base().skills(),
                "Kafka expert with 15 years of experience.", base().experience()));
        assertReverted(result, "summary claims");
        assertEquals(base().summary(), result.content().summary());
    }

    @Test
    void warningsSayWhereTheyBelongInTheTailoredResume() {
        ExperienceEntry first = base().experience().get(0);
        var result = FabricationGuard.check(base(), with(base(), List.of("Java", "Kafka"), base().summary(),
                replaceFirst(new ExperienceEntry(first.company(), first.position(), first.startDate(), first.endDate(),
                        first.description() + " Grew revenue by 35%.", first.projects(), first.links()))));
        assertTrue(result.warnings().contains(new GuardWarning("experience", 0,
                "numbers [35%] are not in the base resume; description reverted")), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.section().equals("skills") && w.entry() == null
                && w.message().contains("Kafka")), result.warnings().toString());
    }
}
