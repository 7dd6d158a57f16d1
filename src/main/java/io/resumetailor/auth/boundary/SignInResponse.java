package io.resumetailor.auth.boundary;

import io.resumetailor.users.boundary.UserView;
import java.time.Instant;

/** The service's token for the signed-in user: send it as {@code Authorization: Bearer <token>}. */
public record SignInResponse(String token, Instant expiresAt, UserView user) {
}
