package io.resumetailor.profiles.entity;

import jakarta.validation.constraints.NotBlank;

/** A phone number with an optional label ("Mobile", "Work"). */
public record PhoneEntry(@NotBlank String number, String label) {
}
