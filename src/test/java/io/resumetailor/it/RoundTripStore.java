package io.resumetailor.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Deployed with {@link InContainerIT}: each call is its own transaction, so a load reads the database. */
@Stateless
public class RoundTripStore {

    @PersistenceContext
    EntityManager em;

    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    public <T> T load(Class<T> type, Object id) {
        return em.find(type, id);
    }

    public <T> T update(T entity) {
        return em.merge(entity);
    }
}
