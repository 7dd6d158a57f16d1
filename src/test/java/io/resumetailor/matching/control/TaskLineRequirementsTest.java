package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.OfferHeadingTest.anyMentions;
import static io.resumetailor.matching.control.OfferHeadingTest.assertNone;
import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static io.resumetailor.matching.control.RequirementHeadingFormsTest.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Postings that write each task together with what it asks ("Was Sie bei uns tun – und was Sie dafür mitbringen"), French
 * inclusive writing, and a requirement sentence that mentions the employer's clients. Synthetic postings of our own.
 */
class TaskLineRequirementsTest {

    @Test
    void aTaskItemGivesTheRequirementItNamesBehindTheDashNotTheTask() {
        List<Requirement> requirements = extract("Glas Hoffmeister GmbH", """
                Wer wir sind
                Seit drei Generationen sind wir der Glaser im Dortmunder Norden.

                Was Sie bei uns tun – und was Sie dafür mitbringen
                • Montage von Kunststofffenstern beim Kunden – dafür brauchen Sie eine abgeschlossene Ausbildung als Glaser
                • Verglasung von Wintergärten; das sichere Lesen von Werkstattplänen setzen wir voraus
                • Handling großer Scheiben mit dem Glassauger; ein Staplerschein ist von Vorteil
                • Abstimmung mit der Bauleitung vor Ort – hierfür sind gute Deutschkenntnisse (mindestens B1) notwendig

                Was wir Ihnen bieten
                • 30 Tage Urlaub
                """);
        assertTrue(named(requirements, "Glaser").mustHave(), requirements.toString());
        assertTrue(named(requirements, "Werkstattplänen").mustHave(), requirements.toString());
        assertFalse(named(requirements, "Staplerschein").mustHave(), requirements.toString());
        assertTrue(named(requirements, "Deutschkenntnisse").mustHave(), requirements.toString());
        assertNone(requirements, "Kunststofffenstern", "Wintergärten", "Glassauger", "Urlaub");
    }

    @Test
    void theClauseThatSaysWhatTheTaskNeedsIsNoPartOfTheRequirement() {
        List<Requirement> requirements = extract("Pferdeklinik Nordheide", """
                Ihre Aufgaben – und was Sie dafür mitbringen
                - Fahrten zu Stallbesuchen mit unserem Schmiedefahrzeug – dafür brauchen Sie den Führerschein Klasse B
                - Auslieferung an Kunden – dazu brauchst du einen Staplerschein
                """);
        assertTrue(requirements.stream().anyMatch(r -> r.text().equals("Führerschein Klasse B")), requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> r.text().equals("Staplerschein")), requirements.toString());
    }

    @Test
    void aMarkerBehindTheDashThatNamesNothingAsksTheTaskItself() {
        List<Requirement> requirements = extract("Pferdeklinik Nordheide", """
                Ihre Aufgaben
                - Klebebeschläge bei empfindlichen Hufen – wenn Sie hier schon Erfahrung haben, umso besser
                - Korrektur von Fehlstellungen bei Fohlen – Erfahrung damit ist von Vorteil
                - Gespräche mit Besitzern; Englischkenntnisse sind ein Plus
                """);
        assertFalse(named(requirements, "Klebebeschläge").mustHave(), requirements.toString()); // before: "schon Erfahrung haben"
        assertFalse(named(requirements, "Fehlstellungen").mustHave(), requirements.toString());
        assertFalse(named(requirements, "Englischkenntnisse").mustHave(), requirements.toString());
        assertNone(requirements, "umso besser", "Gespräche");
    }

    @Test
    void aHeadingWithANiceMarkerInBracketsHeadsItsListAndADecimalCommaSplitsNothing() {
        List<Requirement> requirements = extract("Iberbrisa", """
                Tu equipaje imprescindible
                - Nivel de inglés B2 o superior
                - Saber nadar y altura entre 1,58 y 1,90 m

                Equipaje de mano extra (se valorará)
                - Un segundo idioma europeo: alemán, francés o italiano
                - Catalán
                """);
        assertFalse(named(requirements, "Catalán").mustHave(), requirements.toString()); // before: only the heading was read
        assertFalse(named(requirements, "alemán").mustHave(), requirements.toString());
        assertNone(requirements, "Equipaje de mano");
        assertTrue(anyMentions(requirements, "entre 1,58 y 1,90 m"), requirements.toString()); // before: "altura entre 1" and "90 m"
    }

    @Test
    void inclusiveWritingSpellsNoInitialsAndTheEmployersClientsDoNotSilenceARequirement() {
        List<Requirement> requirements = extract("Robinetteries Vercors", """
                Profil recherché
                Rigoureux(se), organisé(e) et doté(e) d'un bon relationnel, vous savez gérer les priorités.
                Votre espagnol courant est indispensable pour échanger avec nos clients.
                """);
        assertNull(named(requirements, "relationnel").concept(), requirements.toString()); // not the emergency department ("(e) d'un")
        assertTrue(anyMentions(requirements, "espagnol"), requirements.toString());
    }

    /** France Travail's form: the values of Permis and Langues carry their own marker, after the contract's and pay's fields. */
    @Test
    void franceTravailsMarkedFieldValuesAreRequirementsWhateverBlockTheyStandIn() {
        List<Requirement> requirements = extract("Glisse & Sommets", """
                Vous êtes titulaire du Diplôme d'État de ski.

                Salaire
                Salaire : Horaire de 16,50 Euros à 24,00 Euros

                Permis
                B - Véhicule léger - Exigé

                Langues
                Anglais - Exigé
                Allemand ou Néerlandais - Souhaité
                """);
        assertTrue(named(requirements, "Permis B").mustHave(), requirements.toString());
        assertTrue(named(requirements, "Anglais").mustHave(), requirements.toString());
        assertFalse(named(requirements, "Allemand").mustHave(), requirements.toString());
        assertNone(requirements, "Euros");
    }

    /** France Travail's other layout: each marker on its own line under its value, experience as "N An(s) - en …". */
    @Test
    void franceTravailsMarkersBelowTheirValuesMarkThem() {
        List<Requirement> requirements = extract("Domaine des Trois Chênes", """
                Profil souhaité
                Expérience
                2 An(s) - en arboriculture
                Expérience exigée
                Formation
                Bac+2 ou équivalents Arboriculture
                Diplôme souhaité
                Permis
                B - Véhicule léger
                Permis exigé
                """);
        Requirement experience = named(requirements, "arboriculture");
        assertTrue(experience.mustHave(), requirements.toString());
        assertEquals(2, experience.years(), requirements.toString());
        assertFalse(named(requirements, "Bac+2").mustHave(), requirements.toString());
        assertTrue(named(requirements, "Permis B").mustHave(), requirements.toString());
        assertNone(requirements, "exigé", "souhaité", "An(s)");
        assertTrue(requirements.stream().noneMatch(r -> r.text().equals("Permis")), requirements.toString());
    }

    /** "Bienvenue chez …" after the profile opens the company's self-description, which asks for nothing. */
    @Test
    void aWelcomeHeadingOpensTheCompanysDescription() {
        List<Requirement> requirements = extract("Robinetteries Vercors Industrie", """
                Profil recherché
                Vous maîtrisez Excel et un ERP.

                Bienvenue chez Robinetteries Vercors Industrie
                Fabricant français de robinetterie industrielle depuis 1968, RVI conçoit et fabrique à Vénissieux des vannes pour l'eau.
                """);
        assertTrue(anyMentions(requirements, "Excel"), requirements.toString());
        assertNone(requirements, "Fabricant", "vannes", "Vénissieux");
    }

    /** InfoJobs: the form's requirement fields, then the body under a bare "Descripción" (introduction, tasks with markers). */
    @Test
    void infoJobsBodyUnderDescripcionGivesOnlyWhatItsItemsAsk() {
        List<Requirement> requirements = extract("Cerrajería Llaves Castellana S.L.", """
                Requisitos
                Experiencia mínima: Al menos 2 años
                Conocimientos necesarios: Cerrajería, Apertura de puertas, Puertas acorazadas
                Descripción
                En Llaves Castellana llevamos más de 25 años dando servicio de cerrajería a particulares y comunidades.
                - Instalación y reparación de puertas acorazadas; la experiencia con acorazadas es imprescindible.
                - Duplicado de llaves y programación de llaves de vehículo en taller (un plus).
                """);
        assertTrue(anyMentions(requirements, "acorazadas"), requirements.toString());
        assertNone(requirements, "particulares", "Instalación y reparación");
    }
}
