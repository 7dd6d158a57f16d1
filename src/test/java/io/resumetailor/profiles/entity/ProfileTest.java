package io.resumetailor.profiles.entity;

import static io.resumetailor.BeanRules.invalidPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileTest {

    static Profile profile(String country, List<LanguageEntry> languages) {
        Profile profile = new Profile(UUID.randomUUID());
        profile.replace("Ada", "Lovelace", "ada@example.com", country, "London", WorkFormat.REMOTE, languages,
                List.of(new PhoneEntry("+44 20 0000 0000", null)));
        return profile;
    }

    @Test
    void validProfileIsComplete() {
        Profile profile = profile("GB", List.of(new LanguageEntry("English", "Native")));
        assertEquals(Set.of(), invalidPaths(profile));
        assertTrue(profile.isComplete());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "gb", "UK", "G", "GBR", "ZZ"})
    void rejectsCodesThatAreNotIso3166Alpha2(String country) {
        assertTrue(invalidPaths(profile(country, List.of(new LanguageEntry("English", "Native")))).contains("country"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "FR", "UA", "KZ", "BR", "JP"})
    void acceptsRealCountryCodes(String country) {
        assertEquals(Set.of(), invalidPaths(profile(country, List.of(new LanguageEntry("German", "C1")))));
    }

    @Test
    void needsAtLeastOneLanguage() {
        Profile profile = profile("DE", List.of());
        assertEquals(Set.of("languages"), invalidPaths(profile));
        assertFalse(profile.isComplete());
    }

    @Test
    void limitsNameLengthsTo100() {
        Profile profile = new Profile(UUID.randomUUID());
        profile.replace("x".repeat(101), "", "bad", "DE", "y".repeat(101), null,
                List.of(new LanguageEntry("", "")), List.of(new PhoneEntry("", null)));
        assertEquals(Set.of("email", "firstName", "lastName", "languages[0].language", "languages[0].level",
                "phones[0].number", "searchRegion", "workFormat"), invalidPaths(profile));
    }

    @Test
    void missingProfileIsIncomplete() {
        assertFalse(Profile.isComplete(null));
    }

    @Test
    void workFormatLabelsMatchTheDatabaseEnum() {
        assertEquals(List.of("remote", "hybrid", "onsite"),
                java.util.Arrays.stream(WorkFormat.values()).map(WorkFormat::label).toList());
        assertEquals(WorkFormat.ONSITE, WorkFormat.fromLabel("onsite"));
    }
}
