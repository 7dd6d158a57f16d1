package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every text and list of a resume has a documented upper bound; beyond it, a 400 naming the field (issue 13, item 5). */
@ExtendWith(AppServer.class)
class ContentLimitsIT {

    static String resumeWith(String summary, int jobs, String description, int skills) {
        StringBuilder experience = new StringBuilder();
        for (int i = 0; i < jobs; i++) {
            experience.append(i == 0 ? "" : ",").append("{\"company\":\"C").append(i).append("\",\"position\":\"P\",")
                    .append("\"startDate\":\"2020-01\",\"endDate\":null,\"description\":\"").append(description).append("\"}");
        }
        StringBuilder skillList = new StringBuilder();
        for (int i = 0; i < skills; i++) {
            skillList.append(i == 0 ? "" : ",").append("\"skill ").append(i).append('"');
        }
        return "{\"title\":\"Big\",\"content\":{\"personalInfo\":{\"fullName\":\"Ada\",\"email\":\"ada@example.com\"},"
                + "\"summary\":\"" + summary + "\",\"experience\":[" + experience + "],\"education\":[],\"skills\":["
                + skillList + "]}}";
    }

    @Test
    void aResumeAtTheLimitsIsAcceptedAndExportsQuickly() {
        SignedInUser user = SignedInUser.create("limits");
        var created = user.api().post("/api/resumes", resumeWith("s".repeat(5_000), 60, "d ".repeat(2_500), 200));
        assertEquals(201, created.status(), created.toString());
        long start = System.nanoTime();
        var pdf = user.api().get("/api/resumes/" + created.json().getString("id") + "/export?format=pdf");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "far inside the export time limit");
    }

    @Test
    void beyondTheLimitsIsA400NamingEachField() {
        SignedInUser user = SignedInUser.create("limits");
        var reply = user.api().post("/api/resumes", resumeWith("s".repeat(5_001), 61, "d".repeat(5_001), 201));
        assertProblem(reply, 400, "urn:resume-tailor:problem:validation");
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).distinct().sorted().toList();
        assertTrue(fields.containsAll(List.of("content.experience", "content.experience[0].description", "content.skills",
                "content.summary")), fields.toString());
        assertEquals(0, user.api().get("/api/resumes").json().getInt("total"));
    }
}
