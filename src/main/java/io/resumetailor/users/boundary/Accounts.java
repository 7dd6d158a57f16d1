package io.resumetailor.users.boundary;

import io.resumetailor.platform.control.UtcClock;
import io.resumetailor.profiles.entity.Profile;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.users.entity.User;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The signed-in user's view of their own account. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    public MeView me(UUID userId) {
        User user = users.get(userId);
        Profile profile = em.createNamedQuery(Profile.BY_USER, Profile.class).setParameter("userId", userId)
                .getResultStream().findFirst().orElse(null);
        Map<String, Long> usage = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            usage.put(operation.label(), 0L);
        }
        em.createQuery("SELECT l.operation, COUNT(l) FROM UsageLog l WHERE l.userId = :userId"
                        + " AND l.createdAt >= :since GROUP BY l.operation", Object[].class)
                .setParameter("userId", userId)
                .setParameter("since", UtcClock.now().toLocalDate().atStartOfDay())
                .getResultList()
                .forEach(row -> usage.put(((Operation) row[0]).label(), ((Number) row[1]).longValue()));
        return new MeView(UserView.of(user), Profile.isComplete(profile), usage);
    }

    public void delete(UUID userId) {
        users.delete(userId);
    }

}
