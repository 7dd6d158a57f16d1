package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A resume needs a name and an email. When the document shows neither (a job-portal export
 * that withholds contacts, a name drawn as an image), the user's own profile supplies them
 * and the fields are named as taken from the profile; only when the profile lacks them too
 * is the import refused, with the partial parse in the problem document.
 */
public final class ContactFallback {

    /** The name and email of the user's profile, when there is one. */
    public record ProfileContact(String fullName, String email) {
    }

    private ContactFallback() {
    }

    public static ParsedResume completed(ParsedResume parsed, Supplier<Optional<ProfileContact>> profile) {
        if (parsed.hasNameAndEmail()) {
            return parsed;
        }
        PersonalInfo person = parsed.content().personalInfo();
        Optional<ProfileContact> contact = profile.get();
        String name = person.fullName() != null ? person.fullName() : contact.map(ProfileContact::fullName).filter(n -> !n.isBlank()).orElse(null);
        String email = person.email() != null ? person.email() : contact.map(ProfileContact::email).filter(e -> !e.isBlank()).orElse(null);
        List<String> uncertain = new ArrayList<>(parsed.uncertain());
        uncertain.removeIf(field -> field.equals("personalInfo.fullName") || field.equals("personalInfo.email"));
        if (person.fullName() == null) {
            uncertain.add(name == null ? "personalInfo.fullName" : "personalInfo.fullName: not found in the document; taken from your profile");
        }
        if (person.email() == null) {
            uncertain.add(email == null ? "personalInfo.email" : "personalInfo.email: not found in the document; taken from your profile");
        }
        ResumeContent content = withPerson(parsed.content(), new PersonalInfo(name, email, person.phone(), person.location(),
                person.linkedin(), person.website()));
        if (name == null || email == null) {
            String missing = name == null && email == null ? "a name and an email address" : name == null ? "a name" : "an email address";
            throw new IncompleteResume("Neither the document nor your profile gives " + missing
                    + "; add it to the resume or your profile and upload again, or complete the resume below and save it.",
                    content, uncertain);
        }
        return new ParsedResume(content, uncertain);
    }

    /**
     * A model's answer with a missing name or email filled from the profile (the model read
     * the same document); when the profile lacks them too, the answer is left as it is and
     * fails validation as before.
     */
    public static JsonObject completed(JsonObject answer, Supplier<Optional<ProfileContact>> profile) {
        JsonObject person = answer.get("personalInfo") instanceof JsonObject object ? object : null;
        if (person == null || !blank(person, "fullName") && !blank(person, "email")) {
            return answer;
        }
        Optional<ProfileContact> contact = profile.get();
        if (contact.isEmpty()) {
            return answer;
        }
        JsonObjectBuilder filled = Json.createObjectBuilder(person);
        if (blank(person, "fullName") && contact.get().fullName() != null && !contact.get().fullName().isBlank()) {
            filled.add("fullName", contact.get().fullName());
        }
        if (blank(person, "email") && contact.get().email() != null && !contact.get().email().isBlank()) {
            filled.add("email", contact.get().email());
        }
        return Json.createObjectBuilder(answer).add("personalInfo", filled).build();
    }

    private static boolean blank(JsonObject object, String key) {
        return !(object.get(key) instanceof JsonString value) || value.getString().isBlank();
    }

    static ResumeContent withPerson(ResumeContent content, PersonalInfo person) {
        return new ResumeContent(person, content.summary(), content.experience(), content.education(), content.skills(),
                content.certifications(), content.languages());
    }
}
