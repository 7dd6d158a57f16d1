package io.resumetailor.vacancies.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.resumetailor.llm.entity.LlmRetry;
import io.resumetailor.matching.entity.RequirementProposal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a model's answer is read: years absent, null or out of range are no years; a wrong shape is asked for again. */
class RequirementProposalsTest {

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void yearsAbsentNullOrOutOfRangeAreNoYears() {
        assertEquals(List.of(new RequirementProposal("Forklift", true, null), new RequirementProposal("SAP", false, null),
                        new RequirementProposal("Excel", false, null), new RequirementProposal("Driving", true, 3)),
                RequirementProposals.proposals(json("""
                        {"requirements":[{"text":"Forklift","mustHave":true},{"text":"SAP","mustHave":false,"years":null},
                         {"text":"Excel","mustHave":false,"years":4294967301},{"text":"Driving","mustHave":true,"years":3}]}""")));
        assertEquals(List.of(), RequirementProposals.proposals(json("{\"requirements\":[]}")));
    }

    @Test
    void anAnswerOfTheWrongShapeIsAskedForAgain() {
        for (String wrong : List.of("{}", "{\"requirements\":null}", "{\"requirements\":\"SAP\"}",
                "{\"requirements\":[{\"text\":\"SAP\"}]}", "{\"requirements\":[{\"text\":\"SAP\",\"mustHave\":null}]}",
                "{\"requirements\":[{\"text\":null,\"mustHave\":true}]}", "{\"requirements\":[\"SAP\"]}")) {
            assertThrows(LlmRetry.class, () -> RequirementProposals.proposals(json(wrong)), wrong);
        }
    }
}
