package io.resumetailor.vacancies.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.vacancies.entity.Vacancy;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A vacancy as clients see it, with its display title ("Company (Position)"). */
public record VacancyView(UUID id, String company, String jobPosition, String description, String url, String notes,
                          String displayTitle, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static VacancyView of(Vacancy vacancy) {
        return new VacancyView(vacancy.getId(), vacancy.getCompany(), vacancy.getJobPosition(), vacancy.getDescription(),
                vacancy.getUrl(), vacancy.getNotes(), vacancy.displayTitle(), UtcClock.toOffset(vacancy.getCreatedAt()),
                UtcClock.toOffset(vacancy.getUpdatedAt()));
    }
}
