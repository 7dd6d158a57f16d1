package io.resumetailor.profiles.entity;

import jakarta.validation.constraints.NotBlank;

/** A phone number with an optional label ("Mobile", "Work"). */
public record PhoneEntry(@NotBlank String number, String label) {

    /** Declared so that the components' constraints stay off its parameters (see the resumes entity package-info). */
    public PhoneEntry(String number, String label) {
        this.number = number;
        this.label = label;
    }
}
