package io.resumetailor.tailoring.boundary;

import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.platform.control.NewestFirst;
import io.resumetailor.platform.entity.ListCursor;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.tailoring.entity.GenerationReport;
import io.resumetailor.tailoring.entity.TailoringReport;
import io.resumetailor.vacancies.entity.Vacancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<GenerationView> list(UUID userId, UUID vacancyId, PageRequest paging) {
        ownedVacancy(userId, vacancyId);
        return paging.select(new NewestFirst<>(em, Generation.class, "generations", "vacancy_id", vacancyId,
                        "expires_at > (now() AT TIME ZONE 'UTC')", "generated_at", Generation::getId),
                g -> new ListCursor(g.getGeneratedAt(), g.getId()), this::views);
    }

    /** The views of a page, with the reports of all its generations read in one query. */
    List<GenerationView> views(List<Generation> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, TailoringReport> reports = new HashMap<>();
        em.createQuery("SELECT r FROM GenerationReport r WHERE r.generationId IN :ids", GenerationReport.class)
                .setParameter("ids", page.stream().map(Generation::getId).toList()).getResultList()
                .forEach(report -> reports.put(report.getGenerationId(), report.getReport()));
        return page.stream().map(g -> GenerationView.of(g, reports.get(g.getId()), false)).toList();
    }

    /** All generations of the user's vacancies, expired or not, oldest first (the account export). */
    public List<Generation> allOf(UUID userId) {
        return em.createQuery("SELECT g FROM Generation g WHERE g.vacancyId IN"
                        + " (SELECT v.id FROM Vacancy v WHERE v.userId = :userId) ORDER BY g.generatedAt", Generation.class)
                .setParameter("userId", userId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
