package io.resumetailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonResumeTest {

    @Test
    void mapsEveryPartOfTheResume() {
        JsonObject json = JsonResume.of(ResumeLayoutTest.full());
        var basics = json.getJsonObject("basics");
        assertEquals("Ana Pérez", basics.getString("name"));
        assertEquals("Madrid", basics.getJsonObject("location").getString("address"));
        assertEquals("LinkedIn", basics.getJsonArray("profiles").getJsonObject(0).getString("network"));
        var job = json.getJsonArray("work").getJsonObject(0);
        assertEquals("Hospital La Paz", job.getString("name"));
        assertEquals("Staff Nurse", job.getString("position"));
        assertEquals("2019-03", job.getString("startDate"));
        assertTrue(!job.containsKey("endDate"), "ongoing job has no end date");
        assertEquals("Intensive Care Unit, 12 beds.", job.getString("summary"));
        assertEquals(2, job.getJsonArray("highlights").size());
        assertEquals("Mentored new nurses", job.getJsonArray("highlights").getString(0));
        assertEquals("Nursing", json.getJsonArray("education").getJsonObject(0).getString("area"));
        assertEquals("Advanced Life Support", json.getJsonArray("certificates").getJsonObject(0).getString("name"));
        assertEquals("native", json.getJsonArray("languages").getJsonObject(0).getString("fluency"));
    }

    @Test
    void validatesAgainstTheJsonResumeSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream schema = JsonResumeTest.class.getResourceAsStream("/jsonresume/schema.json")) {
            var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            JsonNode document = mapper.readTree(JsonResume.of(ResumeLayoutTest.full()).toString());
            assertEquals(Set.of(), validator.validate(document));
        }
    }
}
