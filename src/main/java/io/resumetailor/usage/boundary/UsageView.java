package io.resumetailor.usage.boundary;

import java.time.LocalDate;
import java.util.List;

/** My metered usage today (UTC) and what is left, per operation and whose key pays. */
public record UsageView(LocalDate day, String role, List<Quota> quotas) {

    /** {@code limit} and {@code left} are absent when unlimited. */
    public record Quota(String operation, String providerType, long used, Integer limit, Integer left) {
    }
}
