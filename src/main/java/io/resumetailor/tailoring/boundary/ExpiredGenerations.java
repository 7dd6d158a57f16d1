package io.resumetailor.tailoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** One batch of the cleanup, in its own short transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExpiredGenerations {

    @PersistenceContext
    EntityManager em;

    public int deleteBatch(LocalDateTime now, int size) {
        return em.createNativeQuery("DELETE FROM generations WHERE id IN (SELECT id FROM generations WHERE expires_at <= ?1"
                        + " ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED)")
                .setParameter(1, now).setParameter(2, size).executeUpdate();
    }
}
