package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "In the last N years" says when something counts, not how long the candidate has worked: a refresher,
 * publications or flight hours within a window are no "N years of X". Synthetic lines of our own, several
 * trades and the five languages.
 */
class TimeWindowTest {

    @Test
    void aWindowIsNoLengthOfExperience() {
        assertNull(YearsOfExperience.find("First aid refresher completed in the past 3 years"));
        assertNull(YearsOfExperience.find("mindestens zwei Fachartikel in den letzten 4 Jahren"));
        assertNull(YearsOfExperience.find("au moins 200 heures de vol au cours des derniers 2 ans"));
        assertNull(YearsOfExperience.find("formación en manipulación de alimentos en los últimos 3 años"));
        assertNull(YearsOfExperience.find("не менее двух статей за последние 5 лет"));
        assertEquals(4, YearsOfExperience.find("4 years as a paralegal, with a CPD course in the last 2 years").years());
        assertEquals(6, YearsOfExperience.find("in den letzten 2 Jahren befördert; insgesamt 6 Jahre Erfahrung").years());
    }

    @Test
    void aRequirementWithAWindowAsksNoYears() {
        List<Requirement> requirements = extract("Institut Exemple", """
                Requirements
                - at least two peer-reviewed papers in the last 5 years
                - 3 years of experience in a research laboratory
                Требования
                - не менее 3 публикаций за последние 5 лет в журналах Scopus
                """);
        assertTrue(requirements.stream().anyMatch(r -> r.text().contains("papers") && r.years() == null), requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> r.text().contains("публикаций") && r.years() == null), requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> Integer.valueOf(3).equals(r.years())), requirements.toString());
    }
}
