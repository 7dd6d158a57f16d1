package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request body, with each optional field absent, null and empty: never a 500, either
 * accepted or a 400 naming the field. Text with NUL and values of the wrong JSON type are a
 * 400 naming the field, and nothing is written.
 */
@ExtendWith(AppServer.class)
class RequestBodiesIT {

    static final String VALIDATION = "urn:resume-tailor:problem:validation";

    record Endpoint(String method, String path, JsonObject valid, List<String> optional) {
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static List<Endpoint> endpoints(SignedInUser user) {
        String resumeId = ResumesIT.createId(user);
        return List.of(
                new Endpoint("PUT", "/api/profile", json(ProfileIT.VALID), List.of("phones", "phones[0].label")),
                new Endpoint("POST", "/api/vacancies", json("""
                        {"company":"Acme","jobPosition":"Nurse","description":"ICU nurse wanted.","url":"https://acme.test/jobs/1",
                         "notes":"call back"}"""), List.of("jobPosition", "url", "notes")),
                new Endpoint("POST", "/api/resumes", json("{\"title\":\"Main\",\"sourceFileName\":\"cv.pdf\",\"sourceFileType\":\"pdf\","
                        + "\"content\":" + ResumesIT.CONTENT + "}"), List.of("sourceFileName", "sourceFileType",
                        "content.summary", "content.personalInfo.phone", "content.personalInfo.location",
                        "content.personalInfo.linkedin", "content.personalInfo.website", "content.experience[0].endDate",
                        "content.experience[0].projects", "content.experience[0].links",
                        "content.certifications", "content.languages")),
                new Endpoint("PUT", "/api/resumes/" + resumeId, json("{\"title\":\"Main\",\"content\":" + ResumesIT.CONTENT + "}"),
                        List.of("sourceFileName", "sourceFileType", "content.summary")),
                new Endpoint("PUT", "/api/llm-keys/openai", json("{\"keyHint\":\"wxyz\"}"), List.of()),
                new Endpoint("POST", "/api/auth/dev", json("{\"email\":\"" + user.email() + "\"}"), List.of()));
    }

    @Test
    void optionalFieldsMayBeAbsentNullOrEmpty() {
        SignedInUser user = SignedInUser.create("bodies");
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints(user)) {
            for (String field : endpoint.optional()) {
                for (String variant : List.of("absent", "null", "empty")) {
                    JsonObject body = switch (variant) {
                        case "absent" -> edit(endpoint.valid(), field, null, true);
                        case "null" -> edit(endpoint.valid(), field, JsonValue.NULL, false);
                        default -> edit(endpoint.valid(), field, empty(endpoint.valid(), field), false);
                    };
                    var reply = user.api().method(endpoint.method(), endpoint.path(), "application/json", body.toString());
                    boolean accepted = reply.status() / 100 == 2;
                    boolean namedRefusal = reply.status() == 400 && reply.body().contains("\"" + field + "\"");
                    if (!accepted && !namedRefusal) {
                        failures.add(endpoint.method() + " " + endpoint.path() + " " + field + " " + variant + ": " + reply);
                    }
                    if (variant.equals("absent") && !accepted) {
                        failures.add(endpoint.method() + " " + endpoint.path() + " optional " + field + " absent refused: " + reply);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void profileWithoutPhonesIsSaved() {
        SignedInUser user = SignedInUser.create("nophones");
        JsonObject profile = edit(json(ProfileIT.VALID), "phones", null, true);
        var reply = user.api().put("/api/profile", profile.toString());
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.json().isNull("phones") || reply.json().getJsonArray("phones").isEmpty(), reply.toString());
    }

    @Test
    void aNulCharacterInAnyTextIsA400NamingTheFieldAndWritesNothing() throws Exception {
        SignedInUser user = SignedInUser.create("nul");
        for (Endpoint endpoint : endpoints(user)) {
            for (String field : textFields(endpoint.valid(), "")) {
                String original = at(endpoint.valid(), field).toString();
                String poisoned = original.substring(0, original.length() - 1) + "\\u0000x\"";
                String body = replaceFirst(endpoint.valid().toString(), "\"" + last(field) + "\":" + original,
                        "\"" + last(field) + "\":" + poisoned);
                var reply = user.api().method(endpoint.method(), endpoint.path(), "application/json", body);
                assertProblem(reply, 400, VALIDATION);
                assertTrue(reply.body().contains("\"" + field + "\""), field + ": " + reply);
            }
        }
        assertEquals(List.of("0|0"), SqlRows.rows(AppServer.database(), "SELECT (SELECT count(*) FROM vacancies WHERE user_id = '"
                + user.id() + "'), (SELECT count(*) FROM profiles WHERE user_id = '" + user.id() + "')"));
    }

    @Test
    void anArrayWhereAStringBelongsIsRefusedNotBoundAsItsLastElement() {
        SignedInUser target = SignedInUser.create("array-role");
        var admin = SignedInUser.signIn(TestConfig.SUPER_ADMIN_EMAIL);
        var reply = admin.api().put("/api/admin/users/" + target.id() + "/role", "{\"role\":[\"friend\",\"super_admin\"]}");
        assertProblem(reply, 400, VALIDATION);
        assertTrue(reply.body().contains("\"role\""), reply.toString());
        assertEquals("public", target.api().get("/api/me").json().getJsonObject("user").getString("role"));
        var vacancy = target.api().post("/api/vacancies", "{\"company\":[\"A\",\"B\"],\"description\":{\"x\":1}}");
        assertProblem(vacancy, 400, VALIDATION);
        assertTrue(vacancy.body().contains("\"company\"") && vacancy.body().contains("\"description\""), vacancy.toString());
    }

    // --- JSON editing by dotted path with [index] ---

    static JsonValue at(JsonValue root, String path) {
        JsonValue current = root;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]$", "");
            current = current.asJsonObject().get(name);
            if (part.endsWith("]")) {
                current = current.asJsonArray().get(Integer.parseInt(part.replaceAll(".*\\[(\\d+)]$", "$1")));
            }
        }
        return current;
    }

    static JsonValue empty(JsonObject root, String path) {
        JsonValue value = at(root, path);
        return value instanceof JsonArray ? JsonValue.EMPTY_JSON_ARRAY : Json.createValue("");
    }

    static JsonObject edit(JsonObject root, String path, JsonValue value, boolean remove) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String name = head.replaceAll("\\[\\d+]$", "");
        JsonObjectBuilder builder = Json.createObjectBuilder(root);
        if (dot < 0 && !head.endsWith("]")) {
            return remove ? builder.remove(name).build() : builder.add(name, value).build();
        }
        String rest = dot < 0 ? null : path.substring(dot + 1);
        if (head.endsWith("]")) {
            int index = Integer.parseInt(head.replaceAll(".*\\[(\\d+)]$", "$1"));
            var array = Json.createArrayBuilder(root.getJsonArray(name));
            JsonObject element = root.getJsonArray(name).getJsonObject(index);
            array.set(index, rest == null ? value : edit(element, rest, value, remove));
            return builder.add(name, array).build();
        }
        return builder.add(name, edit(root.getJsonObject(name), rest, value, remove)).build();
    }

    static List<String> textFields(JsonValue value, String path) {
        List<String> found = new ArrayList<>();
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> found.addAll(textFields(member, path.isEmpty() ? name : path + "." + name)));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonString)) {
                    found.addAll(textFields(array.get(i), path + "[" + i + "]"));
                }
            }
        } else if (value instanceof JsonString && !Set.of("sourceFileType", "country", "workFormat").contains(last(path))) {
            found.add(path);
        }
        return found;
    }

    static String last(String path) {
        String tail = path.substring(path.lastIndexOf('.') + 1);
        return tail.replaceAll("\\[\\d+]$", "");
    }

    static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertTrue(at >= 0, target + " in " + text);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

}
