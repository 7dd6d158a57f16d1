package io.resumetailor.accounts.boundary;

import io.resumetailor.users.boundary.UserView;

import java.util.Map;

/**
 * Who I am: the user, whether the profile is complete enough to tailor resumes (the
 * seed's completeness rule), and how many of each metered operation I used today (UTC).
 */
public record MeView(UserView user, boolean profileComplete, Map<String, Long> usageToday) {
}
