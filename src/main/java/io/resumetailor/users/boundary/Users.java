package io.resumetailor.users.boundary;

import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.Role;
import io.resumetailor.users.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Users: sign-in upserts, lookups, account deletion and role administration. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the user on first sign-in or refreshes the email, in one statement so that
     * two first sign-ins at once cannot both insert. A listed super-admin email is promoted;
     * nobody is demoted here.
     */
    public User signIn(String externalId, String email, boolean superAdmin) {
        Object owner = em.createNativeQuery("SELECT google_id FROM users WHERE lower(email) = lower(?1) AND google_id <> ?2")
                .setParameter(1, email).setParameter(2, externalId).getResultStream().findFirst().orElse(null);
        if (owner != null) {
            throw ProblemException.conflict("email-taken", "This email already belongs to another account.");
        }
        Object id = em.createNativeQuery("""
                        INSERT INTO users (id, email, google_id, role, created_at, updated_at)
                        VALUES (?1, ?2, ?3, CAST(?4 AS role), ?5, ?5)
                        ON CONFLICT (google_id) DO UPDATE
                           SET email = EXCLUDED.email,
                               role = CASE WHEN ?6 THEN 'super_admin'::role ELSE users.role END,
                               updated_at = CASE WHEN users.email <> EXCLUDED.email OR (?6 AND users.role <> 'super_admin')
                                                 THEN EXCLUDED.updated_at ELSE users.updated_at END
                        RETURNING id""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, email)
                .setParameter(3, externalId)
                .setParameter(4, (superAdmin ? Role.SUPER_ADMIN : Role.PUBLIC).label())
                .setParameter(5, UtcClock.now())
                .setParameter(6, superAdmin)
                .getSingleResult();
        return em.find(User.class, id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
    }

    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public User get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("user"));
    }

    /**
     * The user's role now, or empty when the account no longer exists. Read on every request
     * (TokenFreshness), so without a transaction of its own: a read needs none, and a JTA
     * begin and commit per request cost about a fifth of that step's throughput (bench/load.sh).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Role> currentRole(UUID id) {
        return em.createQuery("SELECT u.role FROM User u WHERE u.id = :id", Role.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Deletes the account; the database cascades to everything the user owns. */
    public void delete(UUID id) {
        User user = get(id);
        if (user.getRole() == Role.SUPER_ADMIN) {
            lockSuperAdmins();
            if (superAdminCount() <= 1) {
                throw ProblemException.conflict("last-super-admin",
                        "The last super admin cannot delete their account; appoint another super admin first.");
            }
        }
        em.remove(user);
    }

    public Page<UserView> list(String emailContains, PageRequest paging) {
        String pattern = "%" + (emailContains == null ? "" : escapeLike(emailContains.toLowerCase())) + "%";
        return paging.select(em.createQuery(
                        "SELECT u FROM User u WHERE LOWER(u.email) LIKE :pattern ESCAPE '\\' ORDER BY u.createdAt DESC, u.id",
                        User.class).setParameter("pattern", pattern),
                em.createQuery("SELECT COUNT(u) FROM User u WHERE LOWER(u.email) LIKE :pattern ESCAPE '\\'", Long.class)
                        .setParameter("pattern", pattern),
                UserView::of);
    }

    /**
     * Changes a role. The super admins are locked first, so two admins demoting each other
     * at once cannot leave the service with none.
     */
    public User changeRole(UUID actorId, UUID targetId, Role role) {
        lockSuperAdmins();
        User target = get(targetId);
        if (target.getRole() == Role.SUPER_ADMIN && role != Role.SUPER_ADMIN && superAdminCount() <= 1) {
            throw ProblemException.conflict("last-super-admin",
                    actorId.equals(targetId)
                            ? "You are the last super admin and cannot demote yourself."
                            : "The last super admin cannot be demoted.");
        }
        if (target.getRole() != role) {
            target.setRole(role);
            em.flush();
        }
        return target;
    }

    private void lockSuperAdmins() {
        em.createQuery("SELECT u FROM User u WHERE u.role = :role", User.class)
                .setParameter("role", Role.SUPER_ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private long superAdminCount() {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.role = :role", Long.class)
                .setParameter("role", Role.SUPER_ADMIN).getSingleResult();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
