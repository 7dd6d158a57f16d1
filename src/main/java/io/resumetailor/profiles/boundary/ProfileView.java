package io.resumetailor.profiles.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.profiles.entity.Profile;
import java.time.OffsetDateTime;
import java.util.List;

/** A profile as clients see it; {@code complete} is the seed's completeness rule. */
public record ProfileView(String firstName, String lastName, String email, String country, String searchRegion,
                          String workFormat, List<Language> languages, List<Phone> phones, boolean complete,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Language(String language, String level) {
    }

    public record Phone(String number, String label) {
    }

    public static ProfileView of(Profile profile) {
        return new ProfileView(profile.getFirstName(), profile.getLastName(), profile.getEmail(), profile.getCountry(),
                profile.getSearchRegion(), profile.getWorkFormat().label(),
                profile.getLanguages().stream().map(entry -> new Language(entry.language(), entry.level())).toList(),
                profile.getPhones() == null ? List.of()
                        : profile.getPhones().stream().map(entry -> new Phone(entry.number(), entry.label())).toList(),
                profile.isComplete(),
                UtcClock.toOffset(profile.getCreatedAt()), UtcClock.toOffset(profile.getUpdatedAt()));
    }
}
