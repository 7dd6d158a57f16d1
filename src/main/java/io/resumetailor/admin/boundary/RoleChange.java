package io.resumetailor.admin.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The new role: {@code public}, {@code friend} or {@code super_admin}. */
public class RoleChange {

    @NotNull
    @Pattern(regexp = "super_admin|friend|public", message = "must be one of public, friend, super_admin")
    public String role;
}
