package io.resumetailor.users.boundary;

import io.resumetailor.llm.boundary.LlmKeyView;
import io.resumetailor.llm.entity.LlmKey;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.profiles.boundary.ProfileView;
import io.resumetailor.resumes.boundary.ResumeView;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.usage.entity.UsageLog;
import io.resumetailor.vacancies.boundary.VacancyView;
import io.resumetailor.vacancies.entity.Vacancy;
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

    /** All of the user's rows, oldest first within each kind. */
    public AccountExport export(UUID userId) {
        User user = users.get(userId);
        Profile profile = em.createNamedQuery(Profile.BY_USER, Profile.class).setParameter("userId", userId)
                .getResultStream().findFirst().orElse(null);
        var resumes = em.createQuery("SELECT r FROM Resume r WHERE r.userId = :userId ORDER BY r.createdAt", Resume.class)
                .setParameter("userId", userId).getResultStream().map(ResumeView::of).toList();
        var vacancies = em.createQuery("SELECT v FROM Vacancy v WHERE v.userId = :userId ORDER BY v.createdAt", Vacancy.class)
                .setParameter("userId", userId).getResultStream().map(VacancyView::of).toList();
        var generations = em.createQuery("SELECT g FROM Generation g WHERE g.vacancyId IN"
                        + " (SELECT v.id FROM Vacancy v WHERE v.userId = :userId) ORDER BY g.generatedAt", Generation.class)
                .setParameter("userId", userId).getResultStream()
                .map(g -> new AccountExport.GenerationRecord(g.getId(), g.getVacancyId(), g.getResumeId(), g.getContent(),
                        g.getMatchScoreBefore(), g.getMatchScoreAfter(), UtcClock.toOffset(g.getGeneratedAt()),
                        UtcClock.toOffset(g.getExpiresAt())))
                .toList();
        var keys = em.createNamedQuery(LlmKey.BY_USER, LlmKey.class).setParameter("userId", userId)
                .getResultStream().map(LlmKeyView::of).toList();
        var usage = em.createQuery("SELECT l FROM UsageLog l WHERE l.userId = :userId ORDER BY l.createdAt", UsageLog.class)
                .setParameter("userId", userId).getResultStream()
                .map(l -> new AccountExport.UsageRecord(l.getOperation().label(), l.getProviderType().label(),
                        l.getTokensUsed(), l.getCost(), UtcClock.toOffset(l.getCreatedAt())))
                .toList();
        return new AccountExport(UtcClock.toOffset(UtcClock.now()), UserView.of(user),
                profile == null ? null : ProfileView.of(profile), resumes, vacancies, generations, keys, usage);
    }

    public void delete(UUID userId) {
        users.delete(userId);
    }

}
