package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.RequirementExtractorTest.EXTRACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The years an employer claims for itself in its introduction ("Somos una agencia con 12 años de experiencia",
 * "With more than 25 years of experience, Northway Logistics ...") are no requirement; years asked of the
 * candidate in the same place ("We are looking for a driver with 3 years of experience", "у вас ... не менее
 * 2 лет опыта") still are. Synthetic postings of our own.
 */
class EmployerYearsTest {

    static List<Requirement> extract(String company, String description) {
        return EXTRACTOR.extract(company, null, description);
    }

    static boolean anyMentions(List<Requirement> requirements, String part) {
        return requirements.stream().anyMatch(r -> r.text().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
    }

    @Test
    void theEmployersOwnYearsAreNoRequirement() {
        String[][] postings = {
            {"Jardines del Sur", """
                Con más de 15 años de experiencia en paisajismo, somos la empresa de referencia de la costa.
                Jardinero/a
                Requisitos
                - Carné de aplicador de productos fitosanitarios
                """, "paisajismo"},
            {"Holzbau Berger", """
                Seit über 40 Jahren Erfahrung im Holzbau steht unser Familienbetrieb für Qualität aus der Region.
                Zimmerer (m/w/d)
                Ihr Profil
                - Abgeschlossene Ausbildung als Zimmerer
                """, "holzbau"},
            {"Cabinet Lemaire", """
                Forte de plus de 30 ans d'expérience en droit des affaires, notre équipe accompagne les PME de la région.
                Assistant juridique H/F
                Votre profil
                - BTS Support à l'action managériale
                """, "droit des affaires"},
            {"Northway Logistics", """
                With more than 25 years of experience in freight forwarding, Northway Logistics moves goods for retailers across Europe.
                Warehouse Team Leader
                Requirements
                - Counterbalance forklift licence
                """, "freight forwarding"},
        };
        for (String[] posting : postings) {
            List<Requirement> requirements = extract(posting[0], posting[1]);
            assertFalse(anyMentions(requirements, posting[2]), posting[2] + " in " + requirements);
            assertTrue(requirements.stream().noneMatch(r -> r.years() != null && r.years() > 10), requirements.toString());
        }
    }

    @Test
    void yearsAskedOfTheCandidateInTheIntroductionStay() {
        List<Requirement> english = extract("Coastline Haulage", """
                We are looking for a tipper driver with at least 3 years of experience on construction sites.
                Benefits
                - Overtime paid weekly
                """);
        assertTrue(english.stream().anyMatch(r -> Integer.valueOf(3).equals(r.years())), english.toString());
        List<Requirement> russian = extract("ООО ТрансЛайн", """
                Мы ожидаем, что у вас есть не менее 2 лет опыта работы диспетчером грузоперевозок.
                Условия
                - Оформление по ТК РФ
                """);
        assertEquals(2, russian.stream().filter(r -> r.years() != null).findFirst()
                .orElseThrow(() -> new AssertionError(russian.toString())).years());
    }
}
