package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requirement headings in informal and regional forms open a requirement part, so that their bullets count
 * without a marker of their own in a posting with other headings: Quebec's "Ce qu'on recherche", "Was wir suchen", "Who we're looking for",
 * Australia's "Selection criteria", "Ваш профиль"; "Desirable requirements" opens a nice-to-have part even
 * though it holds "requirements", and so does "Selection criteria – desirable". Synthetic postings of our own.
 */
class RequirementHeadingFormsTest {

    static Requirement named(List<Requirement> requirements, String part) {
        return requirements.stream().filter(r -> r.text().toLowerCase().contains(part.toLowerCase())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + part + " in " + requirements));
    }

    @Test
    void informalAndRegionalRequirementHeadingsOpenARequirementPart() {
        String[][] postings = {
            {"Coop Horticole", "Tes tâches\n- Entretien des serres\nCe qu'on recherche\n➤ DEP en horticulture ornementale\n➤ Permis de conduire classe 5\n", "horticulture"},
            {"Gärtnerei Lind", "Deine Aufgaben\n- Pflege der Kulturen\nWas wir suchen\n- Ausbildung als Gärtner/in Zierpflanzenbau\n- Staplerschein\n", "Zierpflanzenbau"},
            {"Harbour Freight", "What you'll do\n- Book ocean freight\nWho we're looking for\n- Experience in freight forwarding\n- Knowledge of Incoterms\n", "Incoterms"},
            {"Shire Council", "Key duties\n- Assess planning applications\nSelection criteria\n- Tertiary qualification in town planning\n- Knowledge of the Planning and Environment Act\n",
                "town planning"},
            {"ООО Теплица", "Обязанности\n- Уход за растениями\nВаш профиль\n- Среднее специальное образование агронома\n- Опыт работы в тепличном хозяйстве\n", "тепличном"},
        };
        for (String[] posting : postings) {
            List<Requirement> requirements = extract(posting[0], posting[1]);
            assertTrue(named(requirements, posting[2]).mustHave(), requirements.toString());
        }
    }

    @Test
    void questionHeadingsAndExclamationsOpenTheirParts() {
        List<Requirement> german = extract("Kettler Bau", "Was auf der Baustelle passiert\n- Erstellen von Mauerwerk\nDas klingt nach Ihnen?\n"
                + "Sie haben Ihre Gesellenprüfung als Maurer erfolgreich abgelegt.\nDas wäre super\n- Erfahrung als Vorarbeiter oder Polier\n"
                + "- Erfahrung mit dem Minibagger\nWas wir bieten\n- Urlaubsgeld\n");
        assertTrue(named(german, "Maurer").mustHave(), german.toString());
        assertFalse(named(german, "Polier").mustHave(), german.toString());
        assertFalse(named(german, "Minibagger").mustHave(), german.toString());
        List<Requirement> mexican = extract("Grupo Aduanal", "Actividades:\n• Clasificación arancelaria\nRequerimientos\n"
                + "• Manejo de sistema de pedimentos SAAI M3 o similar\n• Disponibilidad de viajar: No\nDeseable:\n• Excel avanzado\n");
        assertTrue(named(mexican, "SAAI").mustHave(), mexican.toString());
        assertTrue(mexican.stream().noneMatch(r -> r.text().contains("viajar")), "a field answered no asks for nothing: " + mexican);
    }

    @Test
    void aBareLabelAfterTheBoardsFieldsHeadsWhatFollows() {
        // Работа России: a block of fields ("Заработная плата: …", "Занятость: …"), then "Обязанности:", "Требования к кандидату:",
        // "Дополнительные пожелания:" and "Социальные гарантии:" with their text on the lines below
        List<Requirement> requirements = extract("ГКУ «Центр обработки вызовов»", """
                Вакансия: Оператор (диспетчер) единой дежурной службы
                Заработная плата: от 42 000 до 48 000 руб.
                Занятость: полная занятость · График работы: сменный график (сутки через трое)
                Количество рабочих мест: 4

                Обязанности:
                Приём и обработка вызовов граждан; ведение электронного журнала; консультирование заявителей до прибытия служб.

                Требования к кандидату:
                Опыт работы: от 1 года диспетчером (оператором) в дежурно-диспетчерских службах, колл-центре экстренных служб или на аналогичной должности.
                Скорость печати не менее 200 знаков в минуту.

                Дополнительные пожелания:
                – знание английского языка на уровне, достаточном для приёма вызова;
                – навыки оказания первой помощи.

                Социальные гарантии: оформление по ТК РФ, ежегодный оплачиваемый отпуск 28 календарных дней, бесплатная форменная одежда.
                """);
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("журнал") || r.text().contains("заявител")),
                "the duties are no requirements: " + requirements);
        Requirement years = named(requirements, "диспетчером");
        assertTrue(years.mustHave(), requirements.toString());
        assertEquals(1, years.years(), years.toString());
        assertFalse(named(requirements, "первой помощи").mustHave(), requirements.toString());
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("форменная") || r.text().contains("отпуск")),
                "what the employer gives: " + requirements);
    }

    @Test
    void theBoardsYearsFieldGivesWayToTheYearsOfSomethingInTheText() {
        List<Requirement> requirements = extract("ООО «ТеплоРесурс-Сервис»", """
                Оператор газовой котельной
                Требуемый опыт работы: 1–3 года
                Полная занятость, сменный график

                Требования:
                • удостоверение машиниста (оператора) котельной — обязательно;
                • опыт работы от 1 года на газовой котельной;
                """);
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("Требуемый")), requirements.toString());
        assertEquals(1, named(requirements, "газовой").years(), requirements.toString());
        List<Requirement> only = extract("Nordlicht Logistik", "Ihr Profil\n- Berufserfahrung: mindestens 3 Jahre\n- Staplerschein\n");
        assertTrue(only.stream().anyMatch(r -> r.years() != null && r.years() == 3), "years of nothing else stay: " + only);
    }

    @Test
    void aLicenceClassEndsItsSentenceButAnAbbreviationDoesNot() {
        List<Requirement> requirements = extract("Tierpark Nordheide", "Ihr Profil\nSie besitzen den Führerschein Klasse B. "
                + "Erfahrung in der Haltung von Huftieren setzen wir voraus. Kenntnisse in Futtermitteln z. B. Heulage sind gut.\n");
        assertEquals("Führerschein Klasse B", named(requirements, "Führerschein").text(), requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> r.text().startsWith("Haltung von Huftieren")), requirements.toString());
        assertTrue(requirements.stream().noneMatch(r -> r.text().equals("Heulage sind gut")), requirements.toString());
    }

    @Test
    void aNumberAfterFromInTheCompanysBlurbAsksForNothing() {
        List<Requirement> requirements = extract("ООО «ПластФорм»", """
                ПластФорм — производитель пластиковых деталей для автомобильных заводов. 38 термопластавтоматов усилием от 80 до 1 300 тонн, собственный инструментальный участок.

                Мы ждём, что вы:
                — имеете опыт работы наладчиком ТПА от 2 лет;
                — читаете чертежи.
                """);
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("термопластавтомат") || r.text().contains("инструментальный")),
                requirements.toString());
        assertEquals(2, named(requirements, "наладчиком").years(), requirements.toString());
    }

    @Test
    void aComposedHeadingIsNamedByItsFirstHalf() {
        List<Requirement> german = extract("Agrargenossenschaft", "Ihre Aufgaben\n- Melken im Karussell\n"
                + "Was Sie mitbringen – und was Sie bei uns bekommen\n- Erfahrung in der Kälberaufzucht\n- Führerschein Klasse T\n"
                + "- Dafür: faire Bezahlung und eine Werkswohnung im Ort\n"
                + "Pluspunkte\n- Erfahrung mit Melkrobotern (AMS)\n");
        assertTrue(named(german, "Kälberaufzucht").mustHave(), german.toString());
        assertTrue(named(german, "Klasse T").mustHave(), german.toString());
        assertTrue(german.stream().noneMatch(r -> r.text().contains("Werkswohnung")), "what the employer gives: " + german);
        List<Requirement> english = extract("Ridgeline Precision", "What you'll do\n- Set up Haas mills\n"
                + "What you'll bring to the shop floor (and what we'll bring back)\n- 3+ years of hands-on CNC setup\n"
                + "- Read blueprints and GD&T callouts\n- We'll bring a $1.50/hr shift differential for nights\n");
        assertTrue(named(english, "blueprints").mustHave(), english.toString());
        assertTrue(english.stream().noneMatch(r -> r.text().contains("differential")), "what the employer gives: " + english);
    }

    @Test
    void aMarkerBehindADashSpeaksOfTheWholeItem() {
        // France Travail: every item of the profile ends on "- Exigé" or "- Souhaité"
        List<Requirement> requirements = extract("Maison Ferrand", "Profil souhaité\nSavoirs et savoir-faire\n"
                + "- Conseiller la clientèle au comptoir - Exigé\n"
                + "- Connaître les races à viande et les signes de qualité (Label Rouge, AOP) - Souhaité\n");
        assertTrue(named(requirements, "clientèle").mustHave(), requirements.toString());
        assertFalse(named(requirements, "races").mustHave(), requirements.toString());
    }

    @Test
    void aShortLabelledFieldInAnInformationBlockOpensNoPart() {
        // France Travail: "Informations complémentaires" then "Qualification : Technicien", "Secteur d'activité : …"
        List<Requirement> requirements = extract("Optique Vauban", "Profil souhaité\n- BTS Opticien-Lunetier obligatoire\n"
                + "Informations complémentaires\nQualification : Ouvrier qualifié (P3, P4, OQ)\nSecteur d'activité : Commerce de détail d'optique\n");
        assertTrue(named(requirements, "Opticien").mustHave(), requirements.toString());
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("Ouvrier") || r.text().contains("Commerce de détail")),
                requirements.toString());
    }

    @Test
    void aSubheadingThatSaysMandatoryOpensAMustPartUnderTheProfile() {
        String[][] postings = {
            {"Rucher du Lac", "Vos missions\n→ Visites des ruchers\nProfil recherché\nIndispensable :\n• Expérience de la transhumance\n"
                + "• Permis B\nApprécié :\n• Élevage de reines\n", "transhumance"},
            {"Bodega Sur", "Funciones\n- Control de barricas\nPerfil\nObligatorio:\n- Carnet de manipulador de alimentos\n"
                + "Deseable:\n- Inglés B1\n", "manipulador"},
            {"Imkerei Nord", "Aufgaben\n- Pflege der Völker\nProfil\nZwingend erforderlich:\n- Ausbildung zum Tierwirt Fachrichtung Imkerei\n"
                + "Wünschenswert:\n- Staplerschein\n", "Tierwirt"},
            {"ООО Пасека", "Обязанности\n- Уход за пчелами\nТребования\nОбязательно:\n- опыт кочевого пчеловодства\n"
                + "Желательно:\n- права категории B\n", "кочевого"},
        };
        for (String[] posting : postings) {
            List<Requirement> requirements = extract(posting[0], posting[1]);
            assertTrue(named(requirements, posting[2]).mustHave(), requirements.toString());
        }
    }

    @Test
    void desirableRequirementsAreNiceToHaves() {
        List<Requirement> requirements = extract("Shire Council", """
                Essential requirements
                - Tertiary qualification in town planning
                Desirable requirements
                - Experience with Objective ECM
                Selection criteria – desirable
                - Knowledge of heritage overlays
                """);
        assertTrue(named(requirements, "town planning").mustHave(), requirements.toString());
        assertFalse(named(requirements, "Objective").mustHave(), requirements.toString());
        assertFalse(named(requirements, "heritage").mustHave(), requirements.toString());
    }

    @Test
    void aShortLineOverAParagraphHeadsItAndIsNoRequirement() {
        List<Requirement> requirements = extract("Tierpark Nordheide", """
                Tierpfleger (m/w/d) für unser Raubtierrevier

                Was Sie mitbringen sollten
                Grundlage ist eine abgeschlossene Ausbildung als Tierpfleger. Darüber hinaus erwarten wir mindestens zwei Jahre Erfahrung mit Großkatzen in einem zoologischen Garten.

                Was uns außerdem freuen würde
                Erfahrung mit medizinischem Training wäre von Vorteil. Ein Sachkundenachweis nach § 11 Tierschutzgesetz ist ein Plus.

                Was wir Ihnen geben
                Eine unbefristete Stelle mit 39 Stunden in der Woche, Jahreskarten für die ganze Familie und ein Team, das zusammenhält.
                """);
        assertTrue(requirements.stream().noneMatch(r -> r.text().startsWith("Was ")), "a heading is no requirement: " + requirements);
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("Jahreskarten")), "what the employer gives: " + requirements);
        assertFalse(named(requirements, "medizinischem Training").mustHave(), requirements.toString());
        assertTrue(named(requirements, "Großkatzen").mustHave(), requirements.toString());
        assertFalse(named(requirements, "Großkatzen").text().startsWith("Darüber"), "the connective and the asking words go: " + requirements);
        assertFalse(named(requirements, "medizinischem Training").text().endsWith("wäre"), "the marker goes with its verb: " + requirements);
    }

    @Test
    void aPersonSpecificationsLettersSayMustOrNice() {
        List<Requirement> requirements = extract("Wessex Heritage Trust", """
                Person specification (E = essential, D = desirable)
                Degree in heritage conservation or a related subject – E
                Experience of condition surveys on listed buildings – E
                Full UK driving licence – D
                Experience with lime mortars (D)
                """);
        assertTrue(named(requirements, "condition surveys").mustHave(), requirements.toString());
        assertFalse(named(requirements, "driving licence").mustHave(), requirements.toString());
        assertFalse(named(requirements, "lime mortars").mustHave(), requirements.toString());
        assertTrue(requirements.stream().noneMatch(r -> r.text().endsWith(" D") || r.text().endsWith(" E")), requirements.toString());
    }

    @Test
    void printingInksAndFilmingAreNoHairColouringOrMachining() {
        List<Requirement> spanish = extract("Gráfica Sur", "Requisitos:\n- Conocimientos de tintas UV y barnices\n- Control de color por densitometría\n");
        assertTrue(spanish.stream().noneMatch(r -> "hair-colouring".equals(r.concept())), spanish.toString());
        List<Requirement> french = extract("France 3 Alpes", "Profil :\n- Tournage en caméra d'épaule (Sony FX6)\n");
        assertTrue(french.stream().noneMatch(r -> "cnc".equals(r.concept())), french.toString());
    }

    @Test
    void aLongHeadingOpenedByANiceToHaveCueOpensItsPart() {
        List<Requirement> shop = extract("Lantern Books", "What we're looking for\n- At least 2 years' bookselling experience\n"
                + "- Confident handling customer orders through wholesalers\n"
                + "It would be great if you also have\n- Experience organising author events or school visits\n"
                + "- An eye for window and table displays\nWhat we offer\n- 30% staff discount\n");
        assertFalse(named(shop, "author events").mustHave(), shop.toString());
        assertFalse(named(shop, "table displays").mustHave(), shop.toString());
        assertFalse(shop.stream().anyMatch(r -> r.text().equalsIgnoreCase("you also have")), shop.toString());
        assertFalse("customs".equals(named(shop, "customer orders").concept()), shop.toString()); // a customer is no customs
        List<Requirement> yard = extract("Lantern Logistics", "What you will bring\nYou will have a full UK driving licence\n"
                + "The ideal candidate will have 5 years of experience in retail\n- Forklift licence (counterbalance)\n");
        assertTrue(shop.size() > 0 && yard.stream().anyMatch(r -> "driving-licence-b".equals(r.concept())), yard.toString());
        assertTrue(named(yard, "retail").mustHave(), yard.toString()); // a requirement that opens with a cue is no heading
    }
}
