package io.resumetailor.users.entity;

/** Role names as they appear in {@code @RolesAllowed} and the token's {@code groups}. */
public final class Roles {

    public static final String SUPER_ADMIN = "super_admin";
    public static final String FRIEND = "friend";
    public static final String PUBLIC = "public";

    private Roles() {
    }
}
