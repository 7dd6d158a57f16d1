package io.resumetailor.profiles.entity;

import io.resumetailor.platform.entity.Timestamped;
import io.resumetailor.platform.entity.CountryCode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Contact details and job-search preferences; one per user. */
@Entity
@Table(name = "profiles")
@NamedQuery(name = Profile.BY_USER, query = "SELECT p FROM Profile p WHERE p.userId = :userId")
public class Profile extends Timestamped {

    public static final String BY_USER = "Profile.byUser";

    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotBlank
    @Size(max = 100)
    @Column(name = "first_name")
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name")
    private String lastName;

    @NotNull
    @Email
    @Size(max = 255)
    private String email;

    @NotNull
    @Size(min = 2, max = 2)
    @CountryCode
    private String country;

    @NotBlank
    @Size(max = 100)
    @Column(name = "search_region")
    private String searchRegion;

    @NotNull
    @Convert(converter = WorkFormatConverter.class)
    @Column(name = "work_format")
    private WorkFormat workFormat;

    @NotNull
    @Size(min = 1)
    @Convert(converter = LanguagesConverter.class)
    private List<@Valid @NotNull LanguageEntry> languages;

    @Convert(converter = PhonesConverter.class)
    private List<@Valid @NotNull PhoneEntry> phones;

    protected Profile() {
    }

    public Profile(UUID userId) {
        this.userId = userId;
    }

    /** The seed's {@code isProfileComplete}: everything a tailored resume's header needs is there. */
    public boolean isComplete() {
        return isComplete(this);
    }

    public static boolean isComplete(Profile profile) {
        return profile != null
                && notEmpty(profile.firstName)
                && notEmpty(profile.lastName)
                && notEmpty(profile.email)
                && profile.country != null && profile.country.length() == 2
                && notEmpty(profile.searchRegion)
                && profile.languages != null && !profile.languages.isEmpty();
    }

    private static boolean notEmpty(String value) {
        return value != null && !value.isEmpty();
    }

    public void replace(String firstName, String lastName, String email, String country, String searchRegion,
                        WorkFormat workFormat, List<LanguageEntry> languages, List<PhoneEntry> phones) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.country = country;
        this.searchRegion = searchRegion;
        this.workFormat = workFormat;
        this.languages = languages == null ? null : List.copyOf(languages);
        this.phones = phones == null ? null : List.copyOf(phones);
    }

    public UUID getUserId() {
        return userId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getCountry() {
        return country;
    }

    public String getSearchRegion() {
        return searchRegion;
    }

    public WorkFormat getWorkFormat() {
        return workFormat;
    }

    public List<LanguageEntry> getLanguages() {
        return languages;
    }

    public List<PhoneEntry> getPhones() {
        return phones;
    }
}
