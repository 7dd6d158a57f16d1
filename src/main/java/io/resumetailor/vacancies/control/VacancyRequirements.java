package io.resumetailor.vacancies.control;

import io.resumetailor.matching.control.RequirementExtractor;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.vacancies.entity.Vacancy;
import java.util.List;

/** A vacancy's requirements: the stored list, or for a vacancy stored before lists were kept, the list read from its text. */
public final class VacancyRequirements {

    private VacancyRequirements() {
    }

    public static List<Requirement> of(Vacancy vacancy) {
        return vacancy.getRequirements() != null ? vacancy.getRequirements() : fromText(vacancy);
    }

    public static List<Requirement> fromText(Vacancy vacancy) {
        return RequirementExtractor.standard().extract(vacancy.getCompany(), vacancy.getJobPosition(), vacancy.getDescription());
    }
}
