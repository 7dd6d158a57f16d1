package io.resumetailor.usage.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.settings.boundary.SystemSettings;
import io.resumetailor.usage.entity.BudgetReservation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * The platform's monthly LLM budget ({@code global_budget_cap}, {@code global_budget_used}).
 * A platform call reserves an estimate first, settles the real cost after, and releases
 * the reservation when it fails. Every step locks the {@code global_budget_used} row, so
 * reservations from all instances are serialised and the cap is never exceeded by more
 * than what calls in flight cost beyond their estimates. The month the counter belongs
 * to is kept under the extra key {@value #PERIOD_KEY}; a new month starts from zero.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PlatformBudget {

    static final String USED_KEY = "global_budget_used";
    static final String CAP_KEY = "global_budget_cap";
    static final String PERIOD_KEY = "global_budget_period";

    @PersistenceContext
    EntityManager em;

    @EJB

    SystemSettings settings;

    public BudgetReservation reserve(BigDecimal estimate) {
        String period = currentPeriod();
        BigDecimal used = lockUsed(period);
        BigDecimal cap = number(CAP_KEY);
        if (used.add(estimate).compareTo(cap) > 0) {
            throw new ProblemException(Problem.of("platform-budget-exhausted", "Platform budget spent", 503,
                    "The platform's LLM budget for this month is spent."
                            + (settings.byokEnabled() ? " Use your own API key (X-LLM-Provider, X-LLM-Key headers)." : "")));
        }
        write(USED_KEY, used.add(estimate));
        return new BudgetReservation(estimate, period);
    }

    public void settle(BudgetReservation reservation, BigDecimal actual) {
        adjust(reservation, actual);
    }

    public void release(BudgetReservation reservation) {
        adjust(reservation, BigDecimal.ZERO);
    }

    /** Gives back reservations of calls that never settled, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void giveBack(BigDecimal amount) {
        if (amount.signum() <= 0) {
            return;
        }
        BigDecimal used = lockUsed(currentPeriod());
        write(USED_KEY, used.subtract(amount).max(BigDecimal.ZERO));
    }

    /** Spent so far this month. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public BigDecimal used() {
        String stored = text(PERIOD_KEY);
        return currentPeriod().equals(stored) ? number(USED_KEY) : BigDecimal.ZERO;
    }

    private void adjust(BudgetReservation reservation, BigDecimal actual) {
        String period = currentPeriod();
        BigDecimal used = lockUsed(period);
        BigDecimal corrected = period.equals(reservation.period()) ? used.subtract(reservation.amount()).add(actual) : used.add(actual);
        write(USED_KEY, corrected.max(BigDecimal.ZERO));
    }

    /** Locks the counter row and starts a new month from zero. */
    private BigDecimal lockUsed(String period) {
        em.createNativeQuery("INSERT INTO system_configs (key, value, updated_at) VALUES (?1, to_jsonb(?2::text), ?3)"
                        + " ON CONFLICT (key) DO NOTHING")
                .setParameter(1, PERIOD_KEY).setParameter(2, period).setParameter(3, UtcClock.now()).executeUpdate();
        List<?> rows = em.createNativeQuery("SELECT jsonb_build_array(value)->>0 FROM system_configs WHERE key = ?1 FOR UPDATE")
                .setParameter(1, USED_KEY).getResultList();
        BigDecimal used = rows.isEmpty() || rows.get(0) == null ? BigDecimal.ZERO : new BigDecimal(rows.get(0).toString());
        if (!period.equals(text(PERIOD_KEY))) {
            write(PERIOD_KEY, period);
            used = BigDecimal.ZERO;
            write(USED_KEY, used);
        }
        return used;
    }

    private void write(String key, Object value) {
        String sql = value instanceof BigDecimal
                ? "INSERT INTO system_configs (key, value, updated_at) VALUES (?1, to_jsonb(?2::numeric), ?3)"
                + " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at"
                : "INSERT INTO system_configs (key, value, updated_at) VALUES (?1, to_jsonb(?2::text), ?3)"
                + " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at";
        em.createNativeQuery(sql).setParameter(1, key).setParameter(2, value.toString()).setParameter(3, UtcClock.now())
                .executeUpdate();
        settings.invalidate();
    }

    private BigDecimal number(String key) {
        List<?> rows = em.createNativeQuery("SELECT jsonb_build_array(value)->>0 FROM system_configs WHERE key = ?1")
                .setParameter(1, key).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? BigDecimal.ZERO : new BigDecimal(rows.get(0).toString());
    }

    private String text(String key) {
        List<?> rows = em.createNativeQuery("SELECT jsonb_build_array(value)->>0 FROM system_configs WHERE key = ?1")
                .setParameter(1, key).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    static String currentPeriod() {
        return UtcClock.now().toLocalDate().toString().substring(0, 7);
    }
}
