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
}
