package io.resumetailor.profiles.boundary;

import io.resumetailor.platform.entity.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole profile, as {@code PUT /api/profile} replaces it; the seed's rules. */
public class ProfileRequest {

    @NotBlank
    @Size(max = 100)
    public String firstName;

    @NotBlank
    @Size(max = 100)
    public String lastName;

    @NotBlank
    @Email
    @Size(max = 255)
    public String email;

    @NotNull
    @CountryCode
    public String country;

    @NotBlank
    @Size(max = 100)
    public String searchRegion;

    @NotNull
    @Pattern(regexp = "remote|hybrid|onsite", message = "must be one of remote, hybrid, onsite")
    public String workFormat;

    @NotNull
    @Size(min = 1, max = 50)
    @Valid
    public List<@NotNull LanguageInput> languages;

    @Size(max = 20)
    @Valid
    public List<@NotNull PhoneInput> phones;

    public static class LanguageInput {
        @NotBlank
        @Size(max = 100)
        public String language;

        @NotBlank
        @Size(max = 100)
        public String level;
    }

    public static class PhoneInput {
        @NotBlank
        @Size(max = 50)
        public String number;

        @Size(max = 50)
        public String label;
    }
}
