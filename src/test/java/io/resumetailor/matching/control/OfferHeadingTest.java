package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static io.resumetailor.matching.control.RequirementExtractorTest.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A heading that tells what the candidate gets, written from the candidate's side ("Ihre Vorteile",
 * "On vous offre", "Contarás con", "Вы получите", "What you'll get"), opens a noise part: its bullets
 * are benefits, even right after a requirement paragraph, and even when the heading holds a word of a
 * requirement heading ("вы", "requirements"). Synthetic postings of our own, several trades and languages.
 */
class OfferHeadingTest {

    static boolean anyMentions(List<Requirement> requirements, String part) {
        return requirements.stream().anyMatch(r -> r.text().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
    }

    static void assertNone(List<Requirement> requirements, String... benefits) {
        for (String benefit : benefits) {
            assertFalse(anyMentions(requirements, benefit), benefit + " in " + requirements);
        }
    }

    @Test
    void germanAdvantagesAfterAProfileParagraphAreNoRequirements() {
        List<Requirement> requirements = extract("Haustechnik Wagner GmbH", """
                Anlagenmechaniker SHK (m/w/d)
                Ihr Profil
                Sie haben eine abgeschlossene Ausbildung als Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik und einen Führerschein der Klasse B.
                Ihre Vorteile:
                - Unbefristeter Arbeitsvertrag in Vollzeit
                - Firmenwagen auch zur privaten Nutzung
                - Zuschuss zum Deutschlandticket und E-Bike-Leasing
                Darauf kannst du dich freuen:
                - Moderne Werkstatt mit eigenem Werkzeug
                """);
        assertTrue(anyMentions(requirements, "Führerschein"), requirements.toString());
        assertNone(requirements, "unbefristet", "Firmenwagen", "Deutschlandticket", "Leasing", "Werkstatt");
    }

    @Test
    void whatTheCandidateCanCountOnIsAnOfferInEveryLanguage() {
        List<Requirement> german = extract("Uhren Keller AG", """
                Uhrmacher/in EFZ 100 %
                Das bringst du mit
                ✦ Abgeschlossene Lehre als Uhrmacher/in EFZ
                ✦ Erfahrung mit mechanischen Kalibern
                Darauf kannst du zählen
                ✦ 5 Wochen Ferien und ein freier Geburtstag
                ✦ Eigener Werktisch mit Mikroskop
                ✦ GA-Beitrag
                """);
        assertTrue(anyMentions(german, "Uhrmacher"), german.toString());
        assertNone(german, "Ferien", "Werktisch", "GA-Beitrag");
        List<Requirement> spanish = extract("Óptica Luz", """
                Óptico optometrista
                Requisitos
                - Grado en Óptica y Optometría
                ¿Con qué puedes contar?
                - Contrato indefinido y 23 días de vacaciones
                - Descuento en gafas para tu familia
                """);
        assertTrue(anyMentions(spanish, "Optometría"), spanish.toString());
        assertNone(spanish, "indefinido", "gafas");
        List<Requirement> russian = extract("ООО Теплосеть", """
                Слесарь КИПиА
                Требования:
                - среднее профессиональное образование по специальности КИПиА
                Вы можете рассчитывать на:
                - официальное трудоустройство
                - бесплатную форму и обеды
                """);
        assertTrue(anyMentions(russian, "КИПиА"), russian.toString());
        assertNone(russian, "трудоустройство", "обеды");
    }

    @Test
    void contactDetailsDeadlinesAndTheFoundingYearAreNoRequirements() {
        List<Requirement> french = extract("Clinique du Val", """
                Électricien de maintenance (H/F)
                Profil
                Diplômes :
                • CAP ou BEP électrotechnique
                • Habilitation électrique BR
                Seraient appréciés : le permis B et une expérience en milieu hospitalier.

                Savoir-être : rigueur, autonomie, sens du service.

                Rémunération selon la grille de la clinique, prime d'astreinte.

                Pour tout renseignement : Mme Claire Dubois, responsable technique, 03 21 45 67 89.
                Candidatures (CV et lettre) à adresser au service RH, emploi@cliniqueduval.example.fr, avant le 30 juin.
                """);
        assertTrue(anyMentions(french, "Habilitation"), french.toString());
        assertNone(french, "Dubois", "emploi@", "30 juin", "service RH");
        List<Requirement> russian = extract("ГАУК «Волжский драматический театр»", """
                ГАУК «Волжский драматический театр» объявляет конкурс на должность
                ЗВУКОРЕЖИССЁР

                Театр основан в 1958 году, в репертуаре 20 спектаклей. Адрес: г. Самара, ул. Речная, 5.

                Требования
                - высшее или среднее профессиональное образование в области звукорежиссуры
                - опыт работы в театре или концертном зале от 2 лет
                """);
        assertTrue(anyMentions(russian, "звукорежиссуры"), russian.toString());
        assertNone(russian, "1958", "Речная");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Brightside Ltd|Customer Service Adviser\\nRequirements\\nYou have two years of experience handling customer enquiries by phone and e-mail.\\nYou are confident with Microsoft Excel.|enquiries",
            "Детский сад Солнышко|Воспитатель\\nТребования:\\nНаличие справки об отсутствии судимости.\\nОпыт работы с детьми от 1 года.|справки",
            "Vertrieb Nord GmbH|Vertriebsmitarbeiter (m/w/d)\\nIhr Profil\\nSie haben Erfahrung im Vertrieb und sind als Ansprechpartner für unsere Kunden gewohnt, Angebote zu erstellen.\\nSie sprechen sicher Englisch.|Ansprechpartner",
            "RH Conseil|Chargé de recrutement\\nVotre profil\\nVous maîtrisez un logiciel de gestion des candidatures (ATS).\\nVous avez 2 ans d'expérience en recrutement.|candidatures",
            "Transports Martin|Chauffeur\\nVotre profil\\nVous êtes titulaire du permis C obtenu avant le 1er janvier 2020.\\nVous avez 2 ans d'expérience.|permis C"})
    void aRequirementWithAWordOfContactOrApplicationStays(String company, String posting, String word) {
        List<Requirement> found = extract(company, posting.replace("\\n", "\n"));
        assertTrue(anyMentions(found, word), found.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "знание ГОСТ Р 55724-2013 и РД 03-606-03|false", "знание СП 256.1325800.2016 и ПУЭ|false",
            "Norm DIN EN ISO 9606-1:2017|false", "Renseignements : M. Belaïd, 02 54 55 61 40|true",
            "Контактное лицо: +7 (8452) 00-00-00|true", "Fragen? Tel. 0761 1234567|true", "Call (555) 123-4567|true",
            "jobs@nordlicht.example|true", "Harbour Road, South Townsville QLD 4810|true", "Austin, TX 78701|true",
            "Site office: Unit 4, Riverside Park, Leeds LS10 1RB|true", "Werk Süd, Industriestraße 12, 71063 Sindelfingen|true",
            "12 rue de Rivoli, 75004 Paris|true", "Calle Mayor 3, Madrid|true", "г. Казань, ул. Ленина, 10|true",
            "Kenntnis der EN 50110 und ISO 9001|false", "Erfahrung mit 10000 Kunden im Jahr|false", "Permis C et FIMO à jour|false",
            "Zertifikat nach DIN EN 1090|false", "Category C licence and road experience of 2 years|false",
            "14 Harbour Road, Townsville|true", "trabajo en la calle 5 días a la semana|false"})
    void aPhoneNumberIsWrittenAsOneAndAStandardsNumberIsNone(String line, boolean contact) {
        org.junit.jupiter.api.Assertions.assertEquals(contact, RequirementExtractor.contact(line), line);
    }

    @Test
    void aContactBulletUnderTheProfileAndAnOfferLabelInsideItAreNoRequirements() {
        List<Requirement> contact = extract("Haustechnik Wagner GmbH", """
                Anlagenmechaniker SHK (m/w/d)
                Ihr Profil:
                - Abgeschlossene Ausbildung als Anlagenmechaniker
                - Führerschein Klasse B
                - Frau Keller, Tel. 0761 123 45 67
                """);
        assertTrue(anyMentions(contact, "Anlagenmechaniker"), contact.toString());
        assertNone(contact, "Keller", "0761");
        List<Requirement> prospects = extract("Boulangerie Dupont", """
                Vendeur / Vendeuse en boulangerie
                Votre profil :
                - Expérience de la vente en boulangerie
                - Sens du contact client
                Formation et évolution :
                - Parcours d'intégration de deux semaines
                - Tickets restaurant et mutuelle prise en charge à 60 %
                """);
        assertTrue(anyMentions(prospects, "vente"), prospects.toString());
        assertNone(prospects, "intégration", "Tickets");
    }

    @Test
    void frenchAndSpanishOfferHeadingsOpenNoise() {
        List<Requirement> french = extract("Boulangerie Martin", """
                Vendeur / Vendeuse en boulangerie
                Profil recherché
                Vous avez une première expérience en vente alimentaire et le sens du service client.
                On vous offre :
                - Un CDI à temps plein
                - Une mutuelle prise en charge à 60 %
                - Les viennoiseries du jour à emporter
                Les + du poste :
                - Une équipe jeune et dynamique
                """);
        assertTrue(anyMentions(french, "vente alimentaire"), french.toString());
        assertNone(french, "CDI", "mutuelle", "viennoiseries", "dynamique");
        List<Requirement> spanish = extract("Clínica Dental Sonrisa", """
                Higienista dental
                Requisitos
                Título de Técnico Superior en Higiene Bucodental y experiencia en clínica privada.
                Contarás con:
                - Contrato indefinido
                - Seguro médico para ti y tu familia
                - Formación continua pagada por la empresa
                """);
        assertTrue(anyMentions(spanish, "Higiene Bucodental"), spanish.toString());
        assertNone(spanish, "indefinido", "seguro médico", "familia");
    }

    @Test
    void russianYouWillGetIsNoRequirementHeading() {
        List<Requirement> requirements = extract("ООО Вектор Логистик", """
                Кладовщик
                Требования:
                Опыт работы на складе от 1 года, знание 1С:Склад.
                Вы получите:
                - Официальное трудоустройство
                - Бесплатные обеды в столовой
                - Развозку от метро
                С нас:
                - Спецодежду и обучение
                """);
        assertTrue(anyMentions(requirements, "1С"), requirements.toString());
        assertNone(requirements, "трудоустройство", "обеды", "развозк", "спецодежд");
    }

    @Test
    void englishWhatYouGetAndVaccinationRequirementsAreNoise() {
        List<Requirement> requirements = extract("Riverside Aged Care", """
                Enrolled Nurse
                About you
                You hold current AHPRA registration as an Enrolled Nurse and have worked in residential aged care.
                What you'll get:
                - Salary packaging up to $15,900 a year
                - An Employee Assistance Program for you and your family
                - Free onsite parking
                Vaccination requirements
                - Annual influenza vaccination in line with our policy
                - COVID-19 vaccination as directed by the health department
                """);
        assertTrue(anyMentions(requirements, "AHPRA"), requirements.toString());
        assertNone(requirements, "packaging", "Employee Assistance", "parking", "influenza", "COVID");
    }

    @Test
    void thePlusesOfTheJobAreBenefitsButPlusesAloneStayNiceToHaves() {
        List<Requirement> requirements = extract("Atelier Durand", """
                Menuisier agenceur H/F
                Votre profil
                - CAP Menuisier
                Les plus
                - Maîtrise d'un logiciel de DAO
                Les plus du poste
                - Véhicule de service et outillage fourni
                """);
        assertTrue(named(requirements, "cap menuisier").mustHave());
        assertEquals(false, named(requirements, "dao").mustHave());
        assertNone(requirements, "véhicule", "outillage");
    }
}
