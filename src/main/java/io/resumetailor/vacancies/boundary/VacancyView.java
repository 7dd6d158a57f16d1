package io.resumetailor.vacancies.boundary;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.vacancies.control.VacancyRequirements;
import io.resumetailor.vacancies.entity.Vacancy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy as clients see it, with its display title ("Company (Position)"), its
 * requirements (what the match score counts) and whether its owner edited them.
 */
public record VacancyView(UUID id, String company, String jobPosition, String description, String url, String notes,
                          String displayTitle, List<Requirement> requirements, boolean requirementsEdited,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static VacancyView of(Vacancy vacancy) {
        return new VacancyView(vacancy.getId(), vacancy.getCompany(), vacancy.getJobPosition(), vacancy.getDescription(),
                vacancy.getUrl(), vacancy.getNotes(), vacancy.displayTitle(), VacancyRequirements.of(vacancy),
                vacancy.isRequirementsEdited(), UtcClock.toOffset(vacancy.getCreatedAt()), UtcClock.toOffset(vacancy.getUpdatedAt()));
    }
}
