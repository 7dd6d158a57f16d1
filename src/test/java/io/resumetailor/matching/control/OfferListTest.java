package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.OfferHeadingTest.anyMentions;
import static io.resumetailor.matching.control.OfferHeadingTest.assertNone;
import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list most of whose bullets name a benefit or an amount of money is what the employer offers, whatever its
 * heading ("Extras", a heading the layout does not know) or when there is no heading at all; a requirement list
 * that mentions one benefit stays a requirement list. A bare "Extras:" is a heading, never a requirement.
 * Synthetic postings of our own (care, warehouse, Swiss healthcare, hospitality).
 */
class OfferListTest {

    @Test
    void aListOfBenefitsUnderAnUnknownHeadingIsNoRequirement() {
        List<Requirement> spanish = extract("Logística Ebro", """
                Auxiliar de almacén
                Requisitos:
                Experiencia previa en almacén y carnet de carretillero en vigor.
                Extras:
                - Contrato indefinido tras el periodo de prueba
                - Comedor de empresa subvencionado
                - Plan de pensiones
                """);
        assertTrue(anyMentions(spanish, "carretillero"), spanish.toString());
        assertNone(spanish, "extras", "indefinido", "comedor", "pensiones");
        List<Requirement> english = extract("Meadow View Care Home", """
                Night Care Assistant
                - NVQ Level 2 in Health and Social Care
                - Experience with moving and handling
                Also for you
                - 28 days holiday plus bank holidays
                - Free onsite parking
                - Paid time off for your birthday
                """);
        assertTrue(anyMentions(english, "moving and handling"), english.toString());
        assertNone(english, "holiday", "parking", "birthday");
    }

    @Test
    void lesPetitsPlusHeadEitherTheCandidatesPlusesOrTheOffer() {
        // "Les petits plus" opens wishes about the candidate as often as perks: the list itself tells which
        List<Requirement> wishes = extract("Nucléa Services", """
                Technicien en radioprotection
                Profil recherché
                - BTS Environnement nucléaire
                - Permis B
                Les petits plus
                - Une expérience des arrêts de tranche sur le parc EDF
                - Un anglais technique
                """);
        assertTrue(wishes.stream().anyMatch(r -> r.text().contains("arrêts de tranche") && !r.mustHave()), wishes.toString());
        assertTrue(wishes.stream().anyMatch(r -> r.text().contains("anglais") && !r.mustHave()), wishes.toString());
        List<Requirement> perks = extract("Nucléa Services", """
                Technicien en radioprotection
                Profil recherché
                - BTS Environnement nucléaire
                - Permis B
                Les petits plus
                - Tickets restaurant
                - Mutuelle prise en charge à 70 %
                - Prime de fin d'année
                """);
        assertTrue(anyMentions(perks, "Environnement nucléaire"), perks.toString());
        assertNone(perks, "tickets", "mutuelle", "prime");
    }

    @Test
    void aRequirementListThatMentionsOneBenefitStays() {
        List<Requirement> requirements = extract("Hotel Alpenblick", """
                Ihr Profil
                - Abgeschlossene Ausbildung als Hotelfachfrau/Hotelfachmann
                - Erfahrung mit Opera PMS
                - Bereitschaft zu Wochenend- und Feiertagsdiensten, auch über die Urlaubszeit
                """);
        assertTrue(anyMentions(requirements, "Opera"), requirements.toString());
        assertTrue(anyMentions(requirements, "Hotelfach"), requirements.toString());
    }
}
