package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.HttpUrl;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PersonalInfo(
        @NotBlank @Size(max = ContentLimits.NAME) String fullName,
        @NotNull @Email @Size(max = ContentLimits.EMAIL) String email,
        @Size(max = ContentLimits.PHONE) String phone,
        @Size(max = ContentLimits.LOCATION) String location,
        @HttpUrl @Size(max = ContentLimits.URL) String linkedin,
        @HttpUrl @Size(max = ContentLimits.URL) String website) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public PersonalInfo(String fullName, String email, String phone, String location, String linkedin, String website) {
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.location = location;
        this.linkedin = linkedin;
        this.website = website;
    }
}
