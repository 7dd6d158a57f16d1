package io.resumetailor.matching.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generation reports are stored as JSON; those written before partial credit have missing
 * requirements without {@code coverage} and {@code evidence}. They must still be read (as
 * nothing shown), not thrown away with the rest of the explanation.
 */
class MissingRequirementTest {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Test
    void aMissingRequirementStoredBeforePartialCreditReadsAsNothingShown() {
        MissingRequirement old = JSONB.fromJson("""
                {"requirement":{"id":"r1","text":"Kafka","mustHave":true,"kind":"skill","origin":"extracted"},"gain":12}""",
                MissingRequirement.class);
        assertEquals(12, old.gain());
        assertEquals(0.0, old.coverage());
        assertTrue(old.evidence().isEmpty());
    }

    @Test
    void coverageAndWhereTheResumeShowsThePartAreWrittenAndReadBack() {
        MissingRequirement partial = new MissingRequirement(
                new Requirement("r2", "ventilator management", true, "phrase", null, null, Requirement.EXTRACTED), 7, 0.5,
                List.of(new Evidence("experience", 0, 2, "Managed ventilated patients")));
        String json = JSONB.toJson(partial);
        assertTrue(json.contains("\"coverage\":0.5"), json);
        assertEquals(partial, JSONB.fromJson(json, MissingRequirement.class));
    }
}
