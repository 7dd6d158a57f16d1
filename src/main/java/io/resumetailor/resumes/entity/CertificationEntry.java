package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CertificationEntry(@NotBlank @Size(max = ContentLimits.ORGANISATION) String name, @Size(max = ContentLimits.ORGANISATION) String issuer, @YearMonthText String date) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public CertificationEntry(String name, String issuer, String date) {
        this.name = name;
        this.issuer = issuer;
        this.date = date;
    }
}
