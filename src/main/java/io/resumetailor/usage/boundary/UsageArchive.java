package io.resumetailor.usage.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Keeps a deleted account's usage. Before the account goes (and its {@code usage_logs}
 * with it, by the seed's cascade), its rows are copied to {@code usage_archive} under a
 * hash of the lower-cased email: daily limits and billing survive the deletion, and
 * nothing that names the person (email, user id) is kept. Runs in the caller's
 * transaction, so the copy and the deletion happen together or not at all.
 */
@Stateless
public class UsageArchive {

    /** The identity a usage row is archived under, as SQL over a {@code users} row. */
    static final String IDENTITY_SQL = "encode(sha256(convert_to(lower(email), 'UTF8')), 'hex')";

    @PersistenceContext
    EntityManager em;

    /** Copies the user's usage rows to the archive; returns how many. */
    public int archive(UUID userId) {
        return em.createNativeQuery("INSERT INTO usage_archive (id, identity_hash, operation, provider_type, tokens_used,"
                        + " cost, created_at) SELECT l.id, " + IDENTITY_SQL.replace("email", "u.email")
                        + ", l.operation, l.provider_type, l.tokens_used, l.cost, l.created_at"
                        + " FROM usage_logs l JOIN users u ON u.id = l.user_id WHERE l.user_id = ?1")
                .setParameter(1, userId).executeUpdate();
    }
}
