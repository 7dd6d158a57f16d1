package io.resumetailor.llm.entity;

import io.resumetailor.platform.entity.Identified;
import io.resumetailor.platform.entity.UtcClock;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * That a user keeps a key for a provider in their browser, and its last four characters
 * so they can tell keys apart. The key itself never reaches the server's storage.
 */
@Entity
@Table(name = "llm_keys")
@NamedQuery(name = LlmKey.BY_USER, query = "SELECT k FROM LlmKey k WHERE k.userId = :userId ORDER BY k.provider")
public class LlmKey extends Identified {

    public static final String BY_USER = "LlmKey.byUser";

    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotNull
    @Convert(converter = LlmProviderConverter.class)
    private LlmProvider provider;

    @NotNull
    @Size(min = 4, max = 4)
    @Column(name = "key_hint")
    private String keyHint;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected LlmKey() {
    }

    public LlmKey(UUID userId, LlmProvider provider, String keyHint) {
        this.userId = userId;
        this.provider = provider;
        this.keyHint = keyHint;
    }

    @PrePersist
    void onCreate() {
        createdAt = UtcClock.now();
    }

    public UUID getUserId() {
        return userId;
    }

    public LlmProvider getProvider() {
        return provider;
    }

    public String getKeyHint() {
        return keyHint;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
