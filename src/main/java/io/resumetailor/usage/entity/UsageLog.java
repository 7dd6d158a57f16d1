package io.resumetailor.usage.entity;

import io.resumetailor.platform.entity.Identified;
import io.resumetailor.platform.entity.UtcClock;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** One metered operation: what it was, who paid for the model, tokens and cost in USD. Append-only. */
@Entity
@Table(name = "usage_logs")
public class UsageLog extends Identified {

    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotNull
    @Convert(converter = OperationConverter.class)
    private Operation operation;

    @NotNull
    @Convert(converter = ProviderTypeConverter.class)
    @Column(name = "provider_type")
    private ProviderType providerType;

    @Min(0)
    @Column(name = "tokens_used")
    private Integer tokensUsed;

    @DecimalMin("0")
    @Digits(integer = 4, fraction = 6)
    private BigDecimal cost;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected UsageLog() {
    }

    public UsageLog(UUID userId, Operation operation, ProviderType providerType, Integer tokensUsed, BigDecimal cost) {
        this.userId = userId;
        this.operation = operation;
        this.providerType = providerType;
        this.tokensUsed = tokensUsed;
        this.cost = cost;
    }

    @PrePersist
    void onCreate() {
        if (createdAt == null) {
            createdAt = UtcClock.now();
        }
    }

    public UUID getUserId() {
        return userId;
    }

    public Operation getOperation() {
        return operation;
    }

    public ProviderType getProviderType() {
        return providerType;
    }

    public Integer getTokensUsed() {
        return tokensUsed;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
