package io.resumetailor.usage.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.settings.boundary.SystemSettings;
import io.resumetailor.usage.control.DailyLimits;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.usage.entity.UsageLog;
import io.resumetailor.users.entity.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** Read side of metering: a user's quotas today, and the operators' report. */
@Stateless
public class UsageReports {

    @PersistenceContext
    EntityManager em;

    @EJB

    UsageMeter meter;

    @Inject
    DailyLimits limits;

    @EJB

    PlatformBudget budget;

    @EJB

    SystemSettings settings;

    public UsageView mine(UUID userId, Role role) {
        List<UsageView.Quota> quotas = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (ProviderType type : ProviderType.values()) {
                if (operation == Operation.EXPORT && type == ProviderType.BYOK) {
                    continue; // export calls no model: it is always the platform's work
                }
                long used = meter.usedToday(userId, operation, type);
                OptionalInt limit = limits.limit(role, operation, type);
                quotas.add(new UsageView.Quota(operation.label(), type.label(), used,
                        limit.isPresent() ? limit.getAsInt() : null,
                        limit.isPresent() ? (int) Math.max(0, limit.getAsInt() - used) : null));
            }
        }
        return new UsageView(UtcClock.now().toLocalDate(), role.label(), quotas);
    }

    /** Every metered call of the user, oldest first (the account export). */
    public List<UsageLog> history(UUID userId) {
        return em.createQuery("SELECT l FROM UsageLog l WHERE l.userId = :userId ORDER BY l.createdAt", UsageLog.class)
                .setParameter("userId", userId).getResultList();
    }

    public UsageReport report(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("""
                        SELECT CAST(created_at AS date) AS day, operation::text, provider_type::text,
                               count(*), COALESCE(sum(tokens_used), 0), COALESCE(sum(cost), 0)
                          FROM (SELECT created_at, operation, provider_type, tokens_used, cost FROM usage_logs
                                 WHERE created_at >= ?1 AND created_at < ?2
                                UNION ALL
                                SELECT created_at, operation, provider_type, tokens_used, cost FROM usage_archive
                                 WHERE created_at >= ?1 AND created_at < ?2) AS calls
                         GROUP BY 1, 2, 3
                         ORDER BY 1 DESC, 2, 3""")
                .setParameter(1, from.atStartOfDay()).setParameter(2, to.plusDays(1).atStartOfDay())
                .getResultList();
        List<UsageReport.Row> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate day = columns[0] instanceof Date date ? date.toLocalDate() : LocalDate.parse(columns[0].toString());
            result.add(new UsageReport.Row(day, columns[1].toString(), columns[2].toString(),
                    ((Number) columns[3]).longValue(), ((Number) columns[4]).longValue(),
                    new BigDecimal(columns[5].toString())));
        }
        return new UsageReport(from, to, result, settings.budgetCap(), budget.used());
    }
}
