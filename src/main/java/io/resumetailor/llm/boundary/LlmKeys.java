package io.resumetailor.llm.boundary;

import io.resumetailor.llm.entity.LlmKey;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** BYOK key metadata: one hint per provider per user, replaced on repeat. */
@Stateless
public class LlmKeys {

    static final int HINT_LENGTH = 4;

    @PersistenceContext
    EntityManager em;

    public List<LlmKeyView> list(UUID userId) {
        return em.createNamedQuery(LlmKey.BY_USER, LlmKey.class).setParameter("userId", userId)
                .getResultStream().map(LlmKeyView::of).toList();
    }

    /** Stores the hint; one statement, so two concurrent saves for a provider leave one row. */
    public LlmKeyView save(UUID userId, LlmProvider provider, String keyHint) {
        if (keyHint.length() != HINT_LENGTH || keyHint.isBlank()) {
            throw ProblemException.invalidField("keyHint", keyHint.length() > HINT_LENGTH
                    ? "send only the last 4 characters of your key; the key itself stays in your browser"
                    : "must be the last 4 characters of your key");
        }
        em.createNativeQuery("""
                        INSERT INTO llm_keys (id, user_id, provider, key_hint, created_at)
                        VALUES (?1, ?2, CAST(?3 AS llm_provider), ?4, ?5)
                        ON CONFLICT (user_id, provider) DO UPDATE SET key_hint = EXCLUDED.key_hint,
                                                                      created_at = EXCLUDED.created_at""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, userId).setParameter(3, provider.label())
                .setParameter(4, keyHint).setParameter(5, UtcClock.now())
                .executeUpdate();
        return list(userId).stream().filter(key -> key.provider().equals(provider.label())).findFirst()
                .orElseThrow();
    }

    public void delete(UUID userId, LlmProvider provider) {
        int deleted = em.createQuery("DELETE FROM LlmKey k WHERE k.userId = :userId AND k.provider = :provider")
                .setParameter("userId", userId).setParameter("provider", provider).executeUpdate();
        if (deleted == 0) {
            throw ProblemException.notFound("key");
        }
    }
}
