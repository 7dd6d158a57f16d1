package io.resumetailor.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonBodiesTest {

    public record Link(String name, String url) {
    }

    public record Entry(String company, int year, boolean current, List<String> tags, List<Link> links) {
    }

    public static class Body {
        public String title;
        public Entry entry;
        public List<Entry> entries;
        public Map<String, Integer> counts;
        public JsonValue anything;
    }

    static List<String> fields(String json) {
        ProblemException refused = assertThrows(ProblemException.class, () -> StrictJsonBodies.check(json, JsonShape.of(Body.class)));
        assertEquals(400, refused.problem().status());
        return refused.problem().errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void acceptsTheDeclaredShapeNullsAndUnknownMembers() {
        assertDoesNotThrow(() -> StrictJsonBodies.check("""
                {"title":"T\\tab\\nline","entry":{"company":"Acme","year":2020,"current":true,"tags":["a"],
                 "links":[{"name":"n","url":"u"}]},"entries":[],"counts":{"x":1},"anything":[1,"two",{"3":null}],
                 "unknown":[1,2],"entry2":null}""", JsonShape.of(Body.class)));
        assertDoesNotThrow(() -> StrictJsonBodies.check("{\"title\":null,\"entry\":null}", JsonShape.of(Body.class)));
    }

    @Test
    void namesEveryTextWithANulOrAControlCharacter() {
        assertEquals(List.of("title", "entry.links[0].url", "entries[1].tags[0]"), fields("""
                {"title":"a\\u0000b","entry":{"links":[{"url":"x\\u0007"}]},"entries":[{},{"tags":["\\u001b[31m"]}]}"""));
    }

    @Test
    void namesEveryValueOfTheWrongJsonType() {
        assertEquals(List.of("title", "entry.year", "entry.current", "entry.tags", "entries", "counts.x"), fields("""
                {"title":["friend","super_admin"],"entry":{"year":"2020","current":"yes","tags":"a"},"entries":{},
                 "counts":{"x":"1"}}"""));
    }

    @Test
    void theWholeBodyOfTheWrongTypeIsNamedBody() {
        assertEquals(List.of("body"), fields("[1,2,3]"));
    }

    @Test
    void leavesMalformedJsonToTheBinder() {
        assertDoesNotThrow(() -> StrictJsonBodies.check("{\"title\":", JsonShape.of(Body.class)));
    }
}
