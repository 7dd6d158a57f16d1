package io.resumetailor.users.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.users.entity.User;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as clients see it; the Google subject id stays on the server. */
public record UserView(UUID id, String email, String role, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static UserView of(User user) {
        return new UserView(user.getId(), user.getEmail(), user.getRole().label(),
                UtcClock.toOffset(user.getCreatedAt()), UtcClock.toOffset(user.getUpdatedAt()));
    }
}
