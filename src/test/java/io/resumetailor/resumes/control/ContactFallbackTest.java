package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.control.ContactFallback.ProfileContact;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactFallbackTest {

    static ParsedResume parsed(String name, String email) {
        List<String> uncertain = new java.util.ArrayList<>();
        if (name == null) {
            uncertain.add("personalInfo.fullName");
        }
        if (email == null) {
            uncertain.add("personalInfo.email");
        }
        return new ParsedResume(new ResumeContent(new PersonalInfo(name, email, "+1 555 0100", null, null, null), null,
                List.of(), List.of(), List.of("Java"), null, null), uncertain);
    }

    @Test
    void keepsWhatTheDocumentShowsWithoutAskingForTheProfile() {
        ParsedResume whole = parsed("Jane Doe", "jane@example.org");
        assertSame(whole, ContactFallback.completed(whole, () -> {
            throw new AssertionError("profile read although not needed");
        }));
    }

    @Test
    void fillsAMissingEmailFromTheProfileAndSaysSo() {
        ParsedResume completed = ContactFallback.completed(parsed("Deepak Hariharan", null),
                () -> Optional.of(new ProfileContact("Deepak H.", "deepak@example.in")));
        assertEquals("Deepak Hariharan", completed.content().personalInfo().fullName());
        assertEquals("deepak@example.in", completed.content().personalInfo().email());
        assertEquals("+1 555 0100", completed.content().personalInfo().phone());
        assertEquals(List.of("personalInfo.email: not found in the document; taken from your profile"), completed.uncertain());
    }

    @Test
    void refusesWithThePartialParseWhenTheProfileLacksItToo() {
        var refused = assertThrows(IncompleteResume.class,
                () -> ContactFallback.completed(parsed("Dennis Riemenschneider", null), Optional::empty));
        assertEquals(422, refused.problem().status());
        assertEquals("urn:resume-tailor:problem:incomplete-resume", refused.problem().type());
        assertEquals("Dennis Riemenschneider", refused.partial().personalInfo().fullName());
        assertNull(refused.partial().personalInfo().email());
        assertEquals(List.of("Java"), refused.partial().skills());
        assertTrue(refused.uncertain().contains("personalInfo.email"), refused.uncertain().toString());
    }

    @Test
    void fillsABlankNameInAModelsAnswer() {
        var answer = Json.createObjectBuilder().add("personalInfo", Json.createObjectBuilder().add("fullName", "")
                .add("email", "ada@example.com")).add("skills", Json.createArrayBuilder()).build();
        var completed = ContactFallback.completed(answer, () -> Optional.of(new ProfileContact("Ada Lovelace", "other@example.com")));
        assertEquals("Ada Lovelace", completed.getJsonObject("personalInfo").getString("fullName"));
        assertEquals("ada@example.com", completed.getJsonObject("personalInfo").getString("email"));
    }
}
