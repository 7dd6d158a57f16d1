package io.resumetailor.auth.entity;

/** Who a verified Google ID token says the caller is: Google's stable subject id and a verified email. */
public record GoogleIdentity(String subject, String email) {
}
