package io.resumetailor.tailoring.boundary;

import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.tailoring.entity.GenerationReport;
import io.resumetailor.tailoring.entity.TailoringReport;
import io.resumetailor.vacancies.entity.Vacancy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * Stored generations. A generation belongs to whoever owns its vacancy; one that has
 * expired is no longer served, even before the cleanup job removes it.
 */
@Stateless
public class Generations {

    @PersistenceContext
    EntityManager em;

    /**
     * Stores a finished generation. The vacancy and the resume are locked first: one deleted
     * while the model worked is a 404 here (the call stays metered), not a foreign-key 500.
     */
    public GenerationView store(UUID vacancyId, UUID resumeId, ResumeContent content, TailoringReport report) {
        if (em.find(Vacancy.class, vacancyId, LockModeType.PESSIMISTIC_READ) == null) {
            throw ProblemException.notFound("vacancy");
        }
        if (em.find(Resume.class, resumeId, LockModeType.PESSIMISTIC_READ) == null) {
            throw ProblemException.notFound("resume");
        }
        Generation generation = new Generation(vacancyId, resumeId, content, report.before().score(), report.after().score());
        em.persist(generation);
        em.flush();
        em.persist(new GenerationReport(generation.getId(), report));
        return GenerationView.of(generation, report, true);
    }

    public Page<GenerationView> list(UUID userId, UUID vacancyId, PageRequest paging) {
        ownedVacancy(userId, vacancyId);
        var now = UtcClock.now();
        return paging.select(em.createQuery("SELECT g FROM Generation g WHERE g.vacancyId = :vacancyId AND g.expiresAt > :now"
                                + " ORDER BY g.generatedAt DESC, g.id", Generation.class)
                        .setParameter("vacancyId", vacancyId).setParameter("now", now),
                em.createQuery("SELECT COUNT(g) FROM Generation g WHERE g.vacancyId = :vacancyId AND g.expiresAt > :now",
                        Long.class).setParameter("vacancyId", vacancyId).setParameter("now", now),
                g -> GenerationView.of(g, report(g.getId()), false));
    }

    /** All generations of the user's vacancies, expired or not, oldest first (the account export). */
    public List<Generation> allOf(UUID userId) {
        return em.createQuery("SELECT g FROM Generation g WHERE g.vacancyId IN"
                        + " (SELECT v.id FROM Vacancy v WHERE v.userId = :userId) ORDER BY g.generatedAt", Generation.class)
                .setParameter("userId", userId).getResultList();
    }

    public Generation get(UUID userId, UUID id) {
        Generation generation = em.find(Generation.class, id);
        if (generation == null || !generation.getExpiresAt().isAfter(UtcClock.now())) {
            throw ProblemException.notFound("generation");
        }
        Vacancy vacancy = em.find(Vacancy.class, generation.getVacancyId());
        if (vacancy == null || !vacancy.getUserId().equals(userId)) {
            throw ProblemException.notFound("generation");
        }
        return generation;
    }

    public GenerationView view(UUID userId, UUID id) {
        Generation generation = get(userId, id);
        return GenerationView.of(generation, report(id), true);
    }

    public void delete(UUID userId, UUID id) {
        em.remove(get(userId, id));
    }

    TailoringReport report(UUID generationId) {
        GenerationReport report = em.find(GenerationReport.class, generationId);
        return report == null ? null : report.getReport();
    }

    private void ownedVacancy(UUID userId, UUID vacancyId) {
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.getUserId().equals(userId)) {
            throw ProblemException.notFound("vacancy");
        }
    }
}
