package io.resumetailor.auth.entity;

import io.resumetailor.users.entity.Role;
import java.util.UUID;

/**
 * Who is calling: the user id from the container-verified token and the role the user has
 * now, read once per request by the freshness check. Metered operations take it whole,
 * so the role is never read a second time.
 */
public record Caller(UUID id, Role role) {
}
