package io.resumetailor.auth.entity;

import java.time.Instant;

/** A token the service signed, and when it stops being accepted. */
public record IssuedToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
