package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequirementExtractorTest {

    static final RequirementExtractor EXTRACTOR = RequirementExtractor.standard();

    static List<Requirement> extract(String company, String description) {
        return EXTRACTOR.extract(company, null, description);
    }

    static Requirement named(List<Requirement> requirements, String part) {
        return requirements.stream().filter(r -> r.text().toLowerCase(Locale.ROOT).contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no requirement with " + part + " in " + requirements));
    }

    static boolean anyMentions(List<Requirement> requirements, String part) {
        return requirements.stream().anyMatch(r -> r.text().toLowerCase(Locale.ROOT).contains(part));
    }

    @Test
    void nurseVacancyYieldsItsRealRequirements() {
        List<Requirement> requirements = extract(NurseFixtures.COMPANY, NurseFixtures.VACANCY);
        Requirement care = named(requirements, "critical care or intensive care");
        assertEquals(3, care.years());
        assertEquals("experience", care.kind());
        assertTrue(care.mustHave());
        assertEquals("als", named(requirements, "advanced life support").concept());
        assertEquals("ventilation", named(requirements, "ventilator").concept());
        assertEquals("hemodynamic-monitoring", named(requirements, "haemodynamic").concept());
        assertEquals("mentoring", named(requirements, "mentoring").concept());
        assertEquals("epr", named(requirements, "electronic patient records").concept());
        assertFalse(named(requirements, "ecmo").mustHave());
    }

    @Test
    void theWordsThatOnlyQualifiedTheYearsGoWithThem() {
        List<Requirement> requirements = extract("Greenfield Foods", """
                Requirements
                - At least three years of post-qualification experience in manufacturing
                - Au moins 5 ans d'expérience en comptabilité
                - Mindestens 2 Jahre Berufserfahrung in der Lohnbuchhaltung
                """);
        List<Requirement> withYears = requirements.stream().filter(r -> r.years() != null).toList();
        assertEquals(List.of(3, 5, 2), withYears.stream().map(Requirement::years).toList(), requirements.toString());
        for (Requirement requirement : withYears) {
            String text = requirement.text().toLowerCase(Locale.ROOT);
            for (String dangling : List.of("at least", "least of", "au moins", "mindestens", " d'")) {
                assertFalse(text.contains(dangling), requirement.text());
            }
        }
    }

    @Test
    void companyBenefitsSalaryAndAddressAreNeverRequirements() {
        List<Requirement> requirements = extract(NurseFixtures.COMPANY, NurseFixtures.VACANCY);
        for (String noise : List.of("nhs", "elsewhere", "pension", "leave", "salary", "london", "equal", "annum", "trust")) {
            assertFalse(anyMentions(requirements, noise), noise + " in " + requirements);
        }
    }

    @Test
    void germanVacancyWithProfileAndBenefits() {
        List<Requirement> requirements = extract("Klinikum Nord", """
                Über uns
                Das Klinikum Nord ist ein modernes Krankenhaus mit 800 Betten.
                Ihre Aufgaben
                - Versorgung von Patienten auf der Intensivstation
                Ihr Profil
                - Abgeschlossene Ausbildung als Pflegefachkraft
                - Mindestens 2 Jahre Berufserfahrung in der Intensivpflege
                - Erfahrung in der Beatmung von Patienten
                - Führerschein Klasse B von Vorteil
                Wir bieten
                - 30 Tage Urlaub und betriebliche Altersvorsorge
                """);
        assertEquals(2, named(requirements, "intensivpflege").years());
        assertEquals("ventilation", named(requirements, "beatmung").concept());
        assertFalse(named(requirements, "führerschein").mustHave());
        assertEquals("nursing-registration", named(requirements, "pflegefachkraft").concept());
        assertFalse(anyMentions(requirements, "urlaub"));
        assertFalse(anyMentions(requirements, "klinikum"));
        assertFalse(anyMentions(requirements, "versorgung"), "tasks are no requirements: " + requirements);
    }

    @Test
    void frenchSpanishAndRussianYearsAndNiceToHaves() {
        List<Requirement> french = extract("Cabinet Dupont", """
                Profil recherché
                - Au moins 3 ans d'expérience en comptabilité générale
                - Maîtrise d'Excel
                - La connaissance de SAP serait un plus
                """);
        assertEquals(3, named(french, "comptabilité").years());
        assertEquals("excel", named(french, "excel").concept());
        assertFalse(named(french, "sap").mustHave());

        List<Requirement> spanish = extract("Transportes García", """
                Requisitos
                - Carnet de conducir C+E
                - Experiencia mínima de 2 años como conductor profesional
                Se valorará
                - Certificado ADR
                """);
        assertEquals("licence", named(spanish, "carnet").kind());
        assertEquals(2, named(spanish, "conductor").years());
        assertFalse(named(spanish, "adr").mustHave());

        List<Requirement> russian = extract("ООО Ромашка", """
                Требования:
                - Опыт работы бухгалтером от 3 лет
                - Знание 1С:Бухгалтерия
                Будет плюсом:
                - Знание английского языка
                Условия:
                - Официальное оформление, ДМС
                """);
        assertEquals(3, russian.stream().filter(r -> r.years() != null).findFirst().orElseThrow().years());
        assertFalse(named(russian, "английск").mustHave());
        assertFalse(anyMentions(russian, "дмс"));
    }

    @Test
    void alternativesStayOneRequirementAndListsAreSplit() {
        List<Requirement> requirements = extract("Acme", """
                Requirements:
                - Java, Kotlin or Scala
                - PostgreSQL and Kafka
                - Health and safety awareness
                """);
        assertTrue(anyMentions(requirements, "java, kotlin or scala"));
        assertTrue(anyMentions(requirements, "postgresql"));
        assertTrue(anyMentions(requirements, "kafka"));
        assertEquals("health-safety", named(requirements, "health and safety").concept());
    }

    @Test
    void sameTextGivesSameRequirements() {
        assertEquals(extract(NurseFixtures.COMPANY, NurseFixtures.VACANCY), extract(NurseFixtures.COMPANY, NurseFixtures.VACANCY));
    }

    @Test
    void whatTheEmployerPaysForInAnAsideIsNoPartOfARequirement() {
        List<Requirement> english = extract("Northway Vans", """
                Requirements:
                - full UK driving licence and own vehicle (we reimburse mileage)
                - experience in parcel delivery
                """);
        assertFalse(anyMentions(english, "reimburse"), english.toString());
        assertTrue(anyMentions(english, "own vehicle"), english.toString());
        List<Requirement> russian = extract("ООО Вектор", """
                Требования:
                — водительские права категории B и личный автомобиль (компенсируем ГСМ);
                — опыт продаж от 1 года.
                """);
        assertFalse(anyMentions(russian, "гсм"), russian.toString());
        assertTrue(anyMentions(russian, "автомобил"), russian.toString());
        List<Requirement> german = extract("Muster GmbH", """
                Ihr Profil:
                - Führerschein Klasse B (wir übernehmen die Kosten für Klasse C)
                - Erfahrung im Lager
                """);
        assertFalse(anyMentions(german, "kosten"), german.toString());
        assertTrue(anyMentions(german, "führerschein"), german.toString());
        List<Requirement> kept = extract("Acme", """
                Requirements:
                - 3D CAD (SolidWorks or Inventor)
                """);
        assertTrue(anyMentions(kept, "solidworks"), kept.toString());
    }

    @Test
    void aMarkerAfterThePhraseInTheEmployersWordOrderIsCutOff() {
        List<Requirement> german = extract("Kanzlei Muster", """
                Ihr Profil:
                Sicherer Umgang mit DATEV setzen wir voraus. Kenntnisse in der Lohnbuchhaltung wünschen wir uns.
                """);
        Requirement datev = named(german, "datev");
        assertFalse(datev.text().contains("voraus"), datev.text());
        assertTrue(datev.mustHave());
        Requirement payroll = named(german, "lohnbuchhaltung");
        assertFalse(payroll.text().contains("wünschen"), payroll.text());
        assertFalse(payroll.mustHave());
        List<Requirement> english = extract("Acme", """
                About you:
                - A valid forklift licence is a must
                """);
        assertFalse(named(english, "forklift").text().contains("must"), english.toString());
    }

    @Test
    void twoProductsOfOneConceptStayTwoRequirements() {
        List<Requirement> requirements = extract("Acme", """
                Requirements:
                - AutoCAD or nanoCAD
                - Revit
                """);
        assertTrue(anyMentions(requirements, "revit"), requirements.toString());
        assertTrue(anyMentions(requirements, "autocad"), requirements.toString());
        assertFalse(named(requirements, "autocad").text().toLowerCase(Locale.ROOT).contains("revit"));
    }

    @Test
    void aLanguageNamedInALongSentenceKeepsItsLevel() {
        List<Requirement> requirements = extract("École Exemple", """
                Profil recherché :
                Le français est votre langue maternelle ou vous le parlez à un niveau C2, et votre anglais est au minimum de niveau B2 pour échanger avec les familles.
                """);
        Requirement english = requirements.stream().filter(r -> "lang-en".equals(r.concept())).findFirst()
                .orElseThrow(() -> new AssertionError(requirements.toString()));
        assertEquals(4, LanguageLevel.asked(english.text()), english.text());
        Requirement french = requirements.stream().filter(r -> "lang-fr".equals(r.concept())).findFirst()
                .orElseThrow(() -> new AssertionError(requirements.toString()));
        assertEquals(6, LanguageLevel.asked(french.text()), french.text());
    }

    @Test
    void anInflectedLevelWordBeforeALanguageIsKept() {
        List<Requirement> requirements = extract("Kanzlei Muster", """
                Ihr Profil:
                - gute Englischkenntnisse für unsere international tätigen Mandanten
                - Erfahrung mit DATEV
                """);
        Requirement english = requirements.stream().filter(r -> "lang-en".equals(r.concept())).findFirst()
                .orElseThrow(() -> new AssertionError(requirements.toString()));
        assertEquals(4, LanguageLevel.asked(english.text()), english.text());
        assertEquals(4, LanguageLevel.asked("buena comunicación en inglés, buenas"));
        assertEquals(5, LanguageLevel.asked("verhandlungssichere Englischkenntnisse"));
    }
    @Test
    void headingsThatSayWhatTheJobNeedsOpenARequirementPart() {
        List<Requirement> requirements = extract("Bayside Clinics", """
                The role
                You'll run a full outpatient caseload in our two clinics.
                To be successful in this role you will have:
                - Current general registration with AHPRA
                - Confidence with manual therapy techniques
                We need you to have:
                - G3 Unvented Hot Water certification
                """);
        for (String part : List.of("ahpra", "manual therapy", "unvented hot water")) {
            assertTrue(named(requirements, part).mustHave(), requirements.toString());
        }
        assertFalse(anyMentions(requirements, "caseload"), requirements.toString());
    }

    @Test
    void aWordOfTheCompanyNameAloneIsAWordOfTheTrade() {
        var company = RequirementExtractor.companyWords("Bayside Movement Physiotherapy");
        assertEquals("Bachelor or Doctor of Physiotherapy",
                RequirementExtractor.withoutCompany("A Bachelor or Doctor of Physiotherapy", company));
        String run = RequirementExtractor.withoutCompany("the Bayside Movement standards of care", company);
        assertFalse(run.contains("Bayside") || run.contains("Movement"), run);
        assertTrue(run.contains("standards of care"), run);
        assertFalse(RequirementExtractor.withoutCompany("values of Bayside", company).contains("Bayside"));
    }

    @Test
    void aDashInsideParenthesesIsPartOfANameAndPluralMarkersMakeNiceToHaves() {
        assertEquals("Bac+2 (BTS Banque – Conseiller de clientèle) en banque",
                RequirementExtractor.withoutComment("Bac+2 (BTS Banque – Conseiller de clientèle) en banque – impératif"));
        List<Requirement> requirements = extract("Banque du Centre", """
                Votre profil
                Vous connaissez les produits bancaires. Seraient appréciés : la maîtrise d'un outil CRM et un bon niveau d'anglais.
                """);
        assertFalse(named(requirements, "crm").mustHave(), requirements.toString());
    }
    @Test
    void aParagraphAfterTheBulletsThatSaysWhatWouldBeAPlusGivesNiceToHaves() {
        List<Requirement> requirements = extract("Nordkurier Logistik GmbH", """
                Das sind Sie:
                - Führerschein Klasse CE
                - Mindestens zwei Jahre Erfahrung im Fernverkehr
                Sie sind zuverlässig und pünktlich.
                Von Vorteil sind Erfahrung mit Kühltransporten, ADR-Schein sowie Englischkenntnisse (z. B. für Touren nach Skandinavien).
                Ein Staplerschein ist ebenfalls ein Plus.
                Wir bieten:
                - 30 Tage Urlaub
                """);
        Requirement cooling = named(requirements, "kühltransport");
        assertFalse(cooling.mustHave(), requirements.toString());
        assertFalse(cooling.text().toLowerCase(Locale.ROOT).contains("von vorteil"), cooling.text());
        assertFalse(named(requirements, "adr").mustHave());
        assertFalse(named(requirements, "englisch").mustHave());
        assertEquals("Staplerschein", named(requirements, "staplerschein").text());
        assertTrue(named(requirements, "fernverkehr").mustHave());
    }

    @Test
    void aConditionAddressedToTheCandidateIsCutToWhatItAsksFor() {
        List<Requirement> requirements = extract("Atelier Pivot", """
                Profil recherché :
                - Au moins 3 ans d'expérience en design d'interface
                - Maîtrise de Figma
                Ce serait un atout si tu as déjà travaillé sur un produit SaaS, si tu connais les bases de HTML et CSS, ou si tu as déjà animé des ateliers de co-conception.
                """);
        assertEquals("produit SaaS", named(requirements, "saas").text(), requirements.toString());
        assertFalse(named(requirements, "saas").mustHave());
        assertEquals("bases de HTML", named(requirements, "html").text());
        assertEquals("ateliers de co-conception", named(requirements, "ateliers").text());
        List<Requirement> english = extract("Harbour Build", """
                Requirements
                - A degree in Quantity Surveying
                It would be great if you also bring membership of the RICS, experience with Aconex or Procore, and exposure to hospital projects.
                """);
        assertEquals("Aconex or Procore", named(english, "aconex").text(), english.toString());
        assertFalse(named(english, "hospital").mustHave());
    }

    @Test
    void aLineOfTheIntroductionWithPlusInItIsNoRequirement() {
        List<Requirement> requirements = extract("Maison Lutz", """
                Plus de 200 ventes conclues l'an dernier et une équipe de 12 conseillers.
                Votre profil :
                - Carte professionnelle immobilière
                - Permis B
                """);
        assertFalse(anyMentions(requirements, "ventes conclues"), requirements.toString());
    }

    @Test
    void theReasonTheEmployerGivesIsNoPartOfTheRequirement() {
        List<Requirement> requirements = extract("Studio Veluwe", """
                Profil :
                - Bilinguisme français-anglais, à l'oral comme à l'écrit : une partie de nos clients est en Belgique et au Luxembourg
                - Anglais technique (niveau B1 minimum) : nos procédures sont rédigées en anglais
                Your profile:
                - A current driver's licence is essential, as you will split your week between our office and sites
                """);
        assertFalse(anyMentions(requirements, "belgique"), requirements.toString());
        assertFalse(anyMentions(requirements, "luxembourg"), requirements.toString());
        assertFalse(anyMentions(requirements, "oral comme"), requirements.toString());
        assertFalse(anyMentions(requirements, "procédures"), requirements.toString());
        assertEquals("Anglais technique (B1)", named(requirements, "anglais technique").text());
        assertEquals("driving-licence-b", named(requirements, "licence").concept());
        assertFalse(anyMentions(requirements, "office"), requirements.toString());
        List<Requirement> spanish = extract("Talleres Navarro", """
                Requisitos:
                - Inglés técnico nivel B1: leerás a diario manuales, planos y catálogos de piezas
                - Carné de conducir B
                """);
        assertFalse(anyMentions(spanish, "catálogos"), "the tasks the candidate will do with it: " + spanish);
        assertEquals("lang-en", named(spanish, "inglés").concept());
        assertEquals("driving-licence-b", named(spanish, "carné").concept());
        List<Requirement> german = extract("Salon Mähne", """
                Dein Profil:
                - Gute Deutschkenntnisse, damit die Beratung klappt
                - Englischkenntnisse für unsere Gäste aus Skandinavien sowie ein Erste-Hilfe-Kurs
                """);
        assertFalse(anyMentions(german, "beratung"), german.toString());
        assertEquals("Englischkenntnisse", named(german, "englisch").text());
        assertTrue(anyMentions(german, "erste-hilfe"), german.toString());
    }

    @Test
    void bulletsUnderAHeadingWithoutCueLeaveTheRequirementPartBefore() {
        List<Requirement> requirements = extract("Harbour Vets", """
                What you bring
                You have a veterinary nursing diploma and experience with small animal anaesthesia.

                Good to know
                - All staff must hold a current first aid certificate.
                - Shift swaps and a nine-day fortnight can be arranged.
                - Staff discount on pet food and a bike shed at the back.
                """);
        assertTrue(named(requirements, "veterinary nursing diploma").mustHave());
        assertTrue(named(requirements, "first aid").mustHave());
        for (String benefit : List.of("good to know", "shift swaps", "fortnight", "discount", "bike shed")) {
            assertFalse(anyMentions(requirements, benefit), benefit + " in " + requirements);
        }
    }

    @Test
    void aWishInParenthesesLeavesTheRestOfItsLineAMustHave() {
        List<Requirement> requirements = extract("Maison Delorme", """
                Pâtissier confirmé (H/F)

                Votre profil :
                - Vous êtes titulaire d'un CAP Pâtissier (un BP, un BTM ou une MC Pâtisserie est apprécié)
                - Maîtrise d'Excel (un plus)
                - Vous connaissez et respectez les règles d'hygiène (HACCP)
                """);
        assertTrue(named(requirements, "cap pâtissier").mustHave(), requirements.toString());
        assertFalse(named(requirements, "excel").mustHave(), requirements.toString());
    }

    @Test
    void seraientAppreciesHeadsTheNiceToHaves() {
        List<Requirement> french = extract("Office Public de l'Habitat", """
                Votre profil
                - Permis B exigé
                Seraient appréciés :
                - L'habilitation électrique H0B0 / BS
                - Le certificat SST (Sauveteur Secouriste du Travail)
                """);
        assertFalse(named(french, "sauveteur").mustHave(), french.toString());
        assertFalse(named(french, "habilitation").mustHave(), french.toString());
    }

    @Test
    void aLicenceClassEndsTheSentenceAfterTheWordForDriving() {
        List<Requirement> spanish = extract("Hormigones del Sur", """
                Requisitos
                Es imprescindible el carné de conducir B. Buscamos a alguien responsable y organizado.
                """);
        assertTrue(named(spanish, "carné").text().endsWith("carné de conducir B"), spanish.toString());
    }

    @Test
    void aProseListOfShortAlternativeDegreesStaysOneRequirement() {
        List<Requirement> requirements = extract("Nucléa Services", """
                Technicien en radioprotection
                Profil recherché
                Titulaire d'un BUT / DUT Mesures physiques ou d'un BTS Environnement nucléaire, vous justifiez d'au moins 3 ans d'expérience en radioprotection.
                """);
        // read as the names of its concepts it was "CAP" and "environnement"
        assertTrue(OfferHeadingTest.anyMentions(requirements, "Mesures physiques"), requirements.toString());
        assertTrue(OfferHeadingTest.anyMentions(requirements, "BTS Environnement nucléaire"), requirements.toString());
        OfferHeadingTest.assertNone(requirements, "CAP");
    }
}
