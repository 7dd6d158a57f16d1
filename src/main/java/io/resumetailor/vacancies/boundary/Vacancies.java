package io.resumetailor.vacancies.boundary;

import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.boundary.Versions;
import io.resumetailor.platform.control.NewestFirst;
import io.resumetailor.platform.entity.ListCursor;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.matching.control.ModelProposals;
import io.resumetailor.matching.control.RequirementExtractor;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.matching.entity.RequirementProposal;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.vacancies.control.VacancyRequirements;
import io.resumetailor.vacancies.entity.Vacancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A user's vacancies. Every lookup is by id and owner: someone else's vacancy does not exist. */
@Stateless
public class Vacancies {

    @PersistenceContext
    EntityManager em;

    public Vacancy create(UUID userId, VacancyRequest request) {
        Vacancy vacancy = new Vacancy(userId);
        apply(vacancy, request);
        em.persist(vacancy);
        em.flush();
        return vacancy;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<VacancyView> list(UUID userId, PageRequest paging) {
        return paging.select(new NewestFirst<>(em, Vacancy.class, "vacancies", "user_id", userId, "", "created_at", Vacancy::getId),
                v -> new ListCursor(v.getCreatedAt(), v.getId()), rows -> rows.stream().map(VacancyView::of).toList());
    }

    /** All of the user's vacancies, oldest first (the account export). */
    public List<Vacancy> allOf(UUID userId) {
        return em.createQuery("SELECT v FROM Vacancy v WHERE v.userId = :userId ORDER BY v.createdAt", Vacancy.class)
                .setParameter("userId", userId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Vacancy get(UUID userId, UUID id) {
        return owned(userId, id, LockModeType.NONE);
    }

    public Vacancy update(UUID userId, UUID id, VacancyRequest request, String ifMatch) {
        Vacancy vacancy = owned(userId, id, LockModeType.PESSIMISTIC_WRITE);
        Versions.check(ifMatch, vacancy.getUpdatedAt());
        apply(vacancy, request);
        em.flush();
        return vacancy;
    }

    /** The owner's list replaces the requirements and stays until reset. */
    public Vacancy editRequirements(UUID userId, UUID id, RequirementsRequest request, String ifMatch) {
        Vacancy vacancy = owned(userId, id, LockModeType.PESSIMISTIC_WRITE);
        Versions.check(ifMatch, vacancy.getUpdatedAt());
        RequirementExtractor extractor = RequirementExtractor.standard();
        List<Requirement> requirements = new ArrayList<>();
        for (RequirementsRequest.RequirementInput item : request.requirements) {
            requirements.add(extractor.userRequirement("r" + (requirements.size() + 1), item.text, item.mustHave, item.years,
                    vacancy.getDescription()));
        }
        vacancy.edited(requirements);
        em.flush();
        return vacancy;
    }

    /** Back to the requirements read from the vacancy's text. */
    public Vacancy resetRequirements(UUID userId, UUID id) {
        Vacancy vacancy = owned(userId, id, LockModeType.PESSIMISTIC_WRITE);
        vacancy.resetRequirements(VacancyRequirements.fromText(vacancy));
        em.flush();
        return vacancy;
    }

    public void delete(UUID userId, UUID id) {
        em.remove(owned(userId, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Vacancy owned(UUID userId, UUID id, LockModeType lock) {
        Vacancy vacancy = em.find(Vacancy.class, id, lock);
        if (vacancy == null || !vacancy.getUserId().equals(userId)) {
            throw ProblemException.notFound("vacancy");
        }
        return vacancy;
    }

    /**
     * Adds what a model proposed and the vacancy's text bears out ({@link ModelProposals}) to its
     * stored list. The vacancy is read again under a lock: it may have been changed or deleted
     * while the model worked (then 404; the model's call stays metered by the gateway).
     */
    public Vacancy addProposed(UUID userId, UUID id, List<RequirementProposal> proposals) {
        Vacancy vacancy = owned(userId, id, LockModeType.PESSIMISTIC_WRITE);
        vacancy.proposed(ModelProposals.standard().merge(VacancyRequirements.of(vacancy), proposals, vacancy.getCompany(),
                vacancy.getJobPosition(), vacancy.getDescription()));
        em.flush();
        return vacancy;
    }

    /**
     * The fields, and the requirements read from the text anew when the text they are read from
     * (company, position, description) changed, unless the owner edited them: a change of notes or
     * link keeps the list, and with it what a model proposed.
     */
    private static void apply(Vacancy vacancy, VacancyRequest request) {
        String company = request.company.trim();
        String position = blankToNull(request.jobPosition);
        boolean textChanged = vacancy.getRequirements() == null || !company.equals(vacancy.getCompany())
                || !Objects.equals(position, vacancy.getJobPosition()) || !request.description.equals(vacancy.getDescription());
        vacancy.replace(company, position, request.description, blankToNull(request.url), blankToNull(request.notes));
        if (textChanged && !vacancy.isRequirementsEdited()) {
            vacancy.extracted(VacancyRequirements.fromText(vacancy));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
