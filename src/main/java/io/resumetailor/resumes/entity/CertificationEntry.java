package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.constraints.NotBlank;

public record CertificationEntry(@NotBlank String name, String issuer, @YearMonthText String date) {
}
