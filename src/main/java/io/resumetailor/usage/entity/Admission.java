package io.resumetailor.usage.entity;

import java.util.UUID;

/**
 * A metered operation that was let in: its {@code usage_logs} row already exists and
 * counts against the limit. It is either settled with tokens and cost, or released
 * (deleted) when the operation fails, so a failure uses no quota.
 */
public record Admission(UUID usageLogId, Operation operation, ProviderType providerType) {
}
