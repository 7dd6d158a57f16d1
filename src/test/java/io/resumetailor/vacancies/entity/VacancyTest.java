package io.resumetailor.vacancies.entity;

import static io.resumetailor.BeanRules.invalidPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VacancyTest {

    static Vacancy vacancy(String company, String position, String url) {
        Vacancy vacancy = new Vacancy(UUID.randomUUID());
        vacancy.replace(company, position, "We need a Java engineer.", url, null);
        return vacancy;
    }

    static Requirement requirement(String text, String origin) {
        return new Requirement("r1", text, true, "skill", null, null, origin);
    }

    @Test
    void anEditOutlivesExtractionUntilReset() {
        Vacancy vacancy = vacancy("Acme", null, null);
        vacancy.extracted(List.of(requirement("Java", Requirement.EXTRACTED)));
        vacancy.edited(List.of(requirement("Kotlin", Requirement.USER)));
        vacancy.extracted(List.of(requirement("Go", Requirement.EXTRACTED)));
        assertEquals("Kotlin", vacancy.getRequirements().get(0).text());
        assertEquals(true, vacancy.isRequirementsEdited());
        vacancy.resetRequirements(List.of(requirement("Go", Requirement.EXTRACTED)));
        assertEquals("Go", vacancy.getRequirements().get(0).text());
        assertEquals(false, vacancy.isRequirementsEdited());
    }

    @Test
    void displayTitleHasThePositionInParentheses() {
        assertEquals("Acme (Backend Engineer)", vacancy("Acme", "Backend Engineer", null).displayTitle());
    }

    @Test
    void displayTitleIsTheCompanyWithoutPosition() {
        assertEquals("Acme", vacancy("Acme", null, null).displayTitle());
        assertEquals("Acme", vacancy("Acme", "", null).displayTitle());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://jobs.example.com/1", "jobs.example.com", "http://", "mailto:a@b.c"})
    void refusesUrlsThatAreNotHttp(String url) {
        assertEquals(Set.of("url"), invalidPaths(vacancy("Acme", null, url)));
    }

    @Test
    void acceptsHttpAndHttpsUpTo2048() {
        assertEquals(Set.of(), invalidPaths(vacancy("Acme", null, "https://jobs.example.com/1?ref=a")));
        assertEquals(Set.of(), invalidPaths(vacancy("Acme", null, "http://example.com/" + "a".repeat(2048 - 19))));
        assertEquals(Set.of("url"), invalidPaths(vacancy("Acme", null, "http://example.com/" + "a".repeat(2048 - 18))));
    }

    @Test
    void requiresCompanyAndDescription() {
        Vacancy vacancy = new Vacancy(UUID.randomUUID());
        vacancy.replace("", "p".repeat(256), " ", null, null);
        assertEquals(Set.of("company", "description", "jobPosition"), invalidPaths(vacancy));
    }
}
