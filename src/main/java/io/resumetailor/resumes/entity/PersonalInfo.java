package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.HttpUrl;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record PersonalInfo(
        @NotBlank String fullName,
        @NotNull @Email String email,
        String phone,
        String location,
        @HttpUrl String linkedin,
        @HttpUrl String website) {

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
