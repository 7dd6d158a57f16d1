package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.resumetailor.resumes.entity.PersonalInfo;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** An address read from a document is kept only if the resume's validation would take it. */
class PlausibleEmailTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void ordinaryAddressesAreKept() {
        for (String email : new String[] {"anna.schmidt@gmail.com", "j-p.o'neil+cv@mail.example.co.uk", "x@a-b.de"}) {
            assertEquals(email, ResumeReader.plausibleEmail(email));
            assertEquals(0, VALIDATOR.validateValue(PersonalInfo.class, "email", email).size(), email);
        }
    }

    @Test
    void addressesTheValidationRefusesAreDropped() {
        String glued = "KontaktTelefon0401234567EMailannaschmidtprivatundberuflicherreichbarunterdieseradresse@gmail.com";
        for (String email : new String[] {"anna..schmidt@gmail.com", ".anna@gmail.com", "anna.@gmail.com", glued,
                "anna@-gmail.com", "anna@gmail-.com", "anna@gmail..com"}) {
            assertNull(ResumeReader.plausibleEmail(email), email);
            assertFalse(VALIDATOR.validateValue(PersonalInfo.class, "email", email).isEmpty(), email);
        }
    }
}
