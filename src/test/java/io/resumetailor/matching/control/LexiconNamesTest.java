package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexiconNamesTest {

    static Set<String> concepts(String text, Language language) {
        Lexicon lexicon = Lexicon.standard();
        return lexicon.findAll(lexicon.analysis().analyze(text, language), language).stream().map(f -> f.concept().id())
                .collect(Collectors.toSet());
    }

    @Test
    void aNameThatLosesWhatToldItApartIsNotLookedFor() {
        Set<String> french = concepts("Formation Bac+2 minimum, licence professionnelle", Language.FR);
        assertFalse(french.contains("degree-master"), french.toString());
        assertFalse(french.contains("passenger-transport"), french.toString());
        assertTrue(french.contains("degree-bachelor"), french.toString());
        assertTrue(concepts("sound knowledge of FRS 102", Language.EN).contains("ifrs"));
    }

    @Test
    void aNameWhoseStemIsAnotherWordsIsFoundOnlyAsWritten() {
        assertFalse(concepts("post-qualification experience in small animal practice", Language.EN).contains("video-editing"));
        assertTrue(concepts("2D animation and motion graphics", Language.EN).contains("video-editing"));
        assertFalse(concepts("sistema DMS para órdenes de reparación", Language.ES).contains("animal-husbandry"));
        assertTrue(concepts("ordeño mecánico", Language.ES).contains("animal-husbandry"));
        assertFalse(concepts("Confection de bouquets ronds et structurés", Language.FR).contains("patrol"));
        assertTrue(concepts("rondes de nuit et contrôle d'accès", Language.FR).contains("patrol"));
        assertFalse(concepts("sistemas de inyección electrónica", Language.ES).contains("treatment-care"));
        assertTrue(concepts("administración de inyecciones y curas", Language.ES).contains("treatment-care"));
        assertFalse(concepts("Vous assurez l'accueil des clients", Language.FR).contains("insurance"));
        assertFalse(concepts("We'd love to hear from you", Language.EN).contains("court-representation"));
        assertFalse(concepts("Forma parte de un equipo joven", Language.ES).contains("kitchen-stations"));
        assertFalse(concepts("tramitación de ayudas de urgencia", Language.ES).contains("triage"));
        assertTrue(concepts("Enfermera en el servicio de Urgencias", Language.ES).contains("triage"));
        assertFalse(concepts("titulaire d'un CAP Pâtissier", Language.FR).contains("qts")); // a vocational diploma, no teacher's
        assertTrue(concepts("titulaire d'un CAP Pâtissier", Language.FR).contains("vocational-training"));
    }

    @Test
    void aFrenchBrevetIsACertificateAndNoPatent() {
        Set<String> drone = concepts("Télépilotage de drone (brevet de télépilote / CATT)", Language.FR);
        assertFalse(drone.contains("intellectual-property"), drone.toString());
        assertTrue(drone.contains("drone-pilot-licence"), drone.toString());
        assertFalse(concepts("vente de grandes marques de prêt-à-porter", Language.FR).contains("intellectual-property"));
        assertTrue(concepts("dépôt de brevets et droit des marques", Language.FR).contains("intellectual-property"));
        assertTrue(concepts("A2 CofC drone operator", Language.EN).contains("drone-pilot-licence"));
        assertTrue(concepts("Montage sur Avid Media Composer", Language.FR).contains("video-editing"));
    }

    @Test
    void stageLightingIsOneTradeInEveryLanguage() {
        assertTrue(concepts("au moins 3 ans d'expérience en régie lumière", Language.FR).contains("stage-lighting"));
        assertTrue(concepts("Régisseuse lumière de tournée", Language.FR).contains("stage-lighting"));
        assertTrue(concepts("Técnico de iluminación en el Teatre Lliure", Language.ES).contains("stage-lighting"));
        assertTrue(concepts("Beleuchter am Staatstheater", Language.DE).contains("stage-lighting"));
        assertTrue(concepts("Mantenimiento de cabezas móviles", Language.ES).contains("moving-lights"));
        assertTrue(concepts("Dessin des implantations sous Vectorworks Spotlight", Language.FR).contains("cad"));
        assertFalse(concepts("Kundenberatung im Licht- und Leuchtenhandel", Language.DE).contains("stage-lighting"));
    }

    @Test
    void theFrenchLicenceIsNoDegreeInAnotherLanguage() {
        Set<String> english = concepts("A current driver's licence is essential", Language.EN);
        assertFalse(english.contains("degree-bachelor"), english.toString());
        assertTrue(english.contains("driving-licence-b"), english.toString());
        assertTrue(concepts("Licence professionnelle en gestion de la paie", Language.FR).contains("degree-bachelor"));
        assertTrue(concepts("Führerschein Klasse B", Language.EN).contains("driving-licence-b"));
        assertTrue(concepts("Lenkberechtigung B", Language.DE).contains("driving-licence-b")); // Austria
        assertTrue(concepts("Führerausweis Kat. B", Language.DE).contains("driving-licence-b")); // Switzerland
        assertTrue(concepts("Licencia de conducir vigente", Language.ES).contains("driving-licence-b")); // Latin America
    }

    @Test
    void fibreSplicingIsOneSkillInEveryLanguageAndAMicroscopeIsNoMarketing() {
        assertTrue(concepts("Fusion splicing of single-mode fibre (Fujikura 70S)", Language.EN).contains("fibre-splicing"));
        assertTrue(concepts("soudure par fusion (soudeuses Fujikura, Sumitomo)", Language.FR).contains("fibre-splicing"));
        assertTrue(concepts("LWL-Spleißen und OTDR-Messungen", Language.DE).contains("fibre-splicing"));
        assertFalse(concepts("Messtechnik wie Ellipsometrie oder REM (CD-SEM)", Language.DE).contains("digital-marketing"));
        assertTrue(concepts("SEO und SEM für unsere Shops", Language.DE).contains("digital-marketing"));
    }

    @Test
    void secondaryEducationAndVocationalDiplomasAreNamedInEveryLanguage() {
        assertTrue(concepts("образование не ниже среднего общего", Language.RU).contains("secondary-education"));
        assertTrue(concepts("Abitur oder Realschulabschluss", Language.DE).contains("secondary-education"));
        assertTrue(concepts("Técnico de Mecatrónica (EQF level 4 vocational diploma)", Language.EN).contains("vocational-training"));
        assertFalse(concepts("Level 3 Air Source Heat Pump", Language.EN).contains("secondary-education"));
        assertTrue(EvidenceFinder.DEGREE_RANKS.indexOf("secondary-education") < EvidenceFinder.DEGREE_RANKS.indexOf("degree-bachelor"));
    }

    @Test
    void languagesBeyondTheFiveAreConceptsInEveryLanguage() {
        assertTrue(concepts("знание казахского языка", Language.RU).contains("lang-kk"));
        assertTrue(concepts("Kazakh (native), Russian (C2)", Language.EN).contains("lang-kk"));
        assertTrue(concepts("Japanischkenntnisse von Vorteil, Japanisch B1", Language.DE).contains("lang-ja"));
        assertTrue(concepts("Se valorará catalán", Language.ES).contains("lang-ca"));
        assertTrue(concepts("Notions de suédois", Language.FR).contains("lang-sv"));
        assertFalse(concepts("We finish every project on time", Language.EN).contains("lang-fi"));
    }

    @Test
    void aWordThatNamesSeveralThingsNamesNoConceptAlone() {
        Set<String> cards = concepts("dominio de Black Jack (reparto desde zapato, pago de apuestas)", Language.ES);
        assertFalse(cards.contains("delivery-driving"), cards.toString());
        Set<String> baccarat = concepts("Punto y Banca (Mini Baccarat)", Language.ES);
        assertFalse(baccarat.contains("banking"), baccarat.toString());
        Set<String> project = concepts("suivi de la livraison des projets", Language.FR);
        assertFalse(project.contains("delivery-driving"), project.toString());
        assertTrue(concepts("Repartidor de paquetería en moto", Language.ES).contains("delivery-driving"));
        assertTrue(concepts("Chauffeur-livreur, tournées de livraison en Île-de-France", Language.FR).contains("delivery-driving"));
        assertTrue(concepts("Experiencia en banca comercial", Language.ES).contains("banking"));
    }

    @Test
    void aNumberedNameIsNotFoundByTheWordBeforeItsNumber() {
        Set<String> safety = concepts("Contrôles de sécurité électrique des appareils selon NF EN 62353", Language.FR);
        assertFalse(safety.contains("welding-certificate"), safety.toString());
        Set<String> honours = concepts("BS in Nursing, first class honours", Language.EN);
        assertFalse(honours.contains("licence-c"), honours.toString());
        assertFalse(honours.contains("electrical-regulations"), honours.toString());
        Set<String> review = concepts("Code reviews and coding standards for the web team", Language.EN);
        assertFalse(review.contains("driver-cpc"), review.toString());
        Set<String> module = concepts("Modul 2: Grundlagen der Kostenrechnung, Normen nach DIN", Language.DE);
        assertFalse(module.contains("driver-cpc"), module.toString());
        assertFalse(module.contains("water-regulations"), module.toString());
        Set<String> business = concepts("Diseño del modelo de negocio y plan de ventas", Language.ES);
        assertFalse(business.contains("vat-returns"), business.toString());
        assertTrue(concepts("sound knowledge of FRS 102", Language.EN).contains("ifrs"));
        assertTrue(concepts("Kodierung nach ICD-10-GM", Language.DE).contains("medical-coding"));
        assertTrue(concepts("OSHA 30-hour card", Language.EN).contains("occupational-safety"));
        assertTrue(concepts("заполнение деклараций 3-НДФЛ", Language.RU).contains("tax-returns"));
    }

    @Test
    void aProductWithANumberIsStillNamedByItsFullName() {
        assertTrue(concepts("Customised Microsoft Dynamics 365 Sales for the field team", Language.EN).contains("crm"));
        assertTrue(concepts("Erfahrung mit Dynamics CRM", Language.DE).contains("crm"));
    }

    @Test
    void initialsJoinedByAnAmpersandOrAPlusAreOneName() {
        Set<String> ladder = concepts("EWP licence (WP, boom 11 m and over)", Language.EN);
        assertFalse(ladder.contains("corporate-law"), ladder.toString());
        assertTrue(concepts("Supported M&A due diligence for two deals", Language.EN).contains("corporate-law"));
        Set<String> analyst = concepts("Office assistant, FP programme", Language.EN);
        assertFalse(analyst.contains("budgeting"), analyst.toString());
        assertTrue(concepts("FP&A analyst", Language.EN).contains("budgeting"));
        Set<String> trailer = concepts("Führerschein Klasse B und E-Bike-Erfahrung", Language.DE);
        assertFalse(trailer.contains("emergency-department"), trailer.toString());
        assertTrue(concepts("Two years as a staff nurse in A&E", Language.EN).contains("emergency-department"));
        Set<String> street = concepts("Oficina en C/ Mayor 5, Madrid", Language.ES);
        assertFalse(street.contains("licence-c"), street.toString());
        assertTrue(concepts("Carnet C+E y CAP en vigor", Language.ES).contains("licence-c"));
        assertTrue(concepts("Führerscheinklasse C1+E", Language.DE).contains("licence-c"));
    }

    @Test
    void spanishSafetyIsNoInsurance() {
        Set<String> mine = concepts("Inducción de seguridad según D.S. 024-2016-EM (Anexo 4) vigente", Language.ES);
        assertFalse(mine.contains("insurance"), mine.toString());
        assertTrue(concepts("Agente de seguros de hogar y de automóvil", Language.ES).contains("insurance"));
    }

    @Test
    void aBuildingOrACarDiagnosticIsNoMedicalDiagnosis() {
        Set<String> building = concepts("au moins 2 ans d'expérience en diagnostic immobilier", Language.FR);
        assertFalse(building.contains("diagnosis"), building.toString());
        Set<String> car = concepts("диагностика автомобиля и ремонт ходовой", Language.RU);
        assertFalse(car.contains("diagnosis"), car.toString());
        assertTrue(concepts("diagnostic médical et suivi des patients", Language.FR).contains("diagnosis"));
        assertTrue(concepts("Differential diagnosis in the emergency department", Language.EN).contains("diagnosis"));
    }

    @Test
    void aTilersWorkIsNamedInEveryLanguage() {
        assertTrue(concepts("Colocación de porcelánico de gran formato (120x120)", Language.ES).contains("large-format-tiles"));
        assertTrue(concepts("Verlegung von Großformaten ab 120 x 120 cm", Language.DE).contains("large-format-tiles"));
        assertTrue(concepts("Colocación de mármol, granito y piedra caliza", Language.ES).contains("natural-stone"));
        assertTrue(concepts("Verlegung von Naturstein", Language.DE).contains("natural-stone"));
        assertTrue(concepts("Duchas de obra a ras de suelo con canaletas", Language.ES).contains("level-access-shower"));
        assertTrue(concepts("bodengleiche Duschen und Duschrinnen", Language.DE).contains("level-access-shower"));
        assertTrue(concepts("Impermeabilización bajo baldosa en baños", Language.ES).contains("tile-waterproofing"));
        assertTrue(concepts("Verbundabdichtungen (AIV) nach DIN 18534", Language.DE).contains("tile-waterproofing"));
    }

    @Test
    void anAcronymInLowerCaseTakesNoPlural() {
        Set<String> french = concepts("Rigoureux et doté d'un bon sens du relationnel", Language.FR);
        assertFalse(french.contains("special-educational-needs"), french.toString());
        assertTrue(concepts("Supporting pupils with sen in a mainstream school", Language.EN).contains("special-educational-needs"));
        assertTrue(concepts("Accompagnement d'élèves SEN", Language.FR).contains("special-educational-needs"));
        assertTrue(concepts("Wrote SOPs for the stability lab", Language.EN).contains("glp")); // an acronym's plural in capitals
        assertTrue(concepts("Programmed the PLC's interlocks", Language.EN).contains("plc"));
        Set<String> drawings = concepts("Work to spec and drawings", Language.EN);
        assertFalse(drawings.contains("tile-waterproofing"), drawings.toString());
    }

    @Test
    void wordsSharedByStemWithAnotherTradeNameNeitherTrade() {
        Set<String> dietitian = concepts("clinical dietitian experience in an acute care hospital", Language.EN);
        assertFalse(dietitian.contains("empathy"), dietitian.toString()); // "care" is no "caring"
        assertTrue(concepts("a caring and patient manner", Language.EN).contains("empathy"));
        Set<String> leather = concepts("Tintado y pulido de cantos", Language.ES);
        assertFalse(leather.contains("catering"), leather.toString()); // Spanish "cantos" is no canteen
        Set<String> acoustics = concepts("2 ans d'expérience en bureau d'études acoustique", Language.FR);
        assertFalse(acoustics.contains("mechanical-design"), acoustics.toString());
        Set<String> archaeology = concepts("experience on deeply stratified urban sites", Language.EN);
        assertFalse(archaeology.contains("urban-planning"), archaeology.toString());
    }

    @Test
    void aWeatherForecasterPlansNoBudgetsAndATechnicalWriterDoesNoMarketing() {
        Set<String> forecaster = concepts("at least 3 years' experience as an operational forecaster", Language.EN);
        assertTrue(forecaster.contains("weather-forecasting"), forecaster.toString());
        assertFalse(forecaster.contains("budgeting"), forecaster.toString());
        assertTrue(concepts("sales forecasting for the plant", Language.EN).contains("budgeting"));
        Set<String> engineer = concepts("strong technical and communication skills", Language.EN);
        assertFalse(engineer.contains("technical-writing"), engineer.toString());
        assertTrue(concepts("prévisions météorologiques marines", Language.FR).contains("weather-forecasting"));
        assertTrue(concepts("mindestens 3 Jahre Berufserfahrung in der Technischen Redaktion", Language.DE).contains("technical-writing"));
        Set<String> reading = concepts("английский язык на уровне чтения технической документации", Language.RU);
        assertFalse(reading.contains("technical-writing"), reading.toString());
    }

    @Test
    void urbanPlanningIsNoArchitecture() {
        Set<String> plu = concepts("Maîtrise du code de l'urbanisme et élaboration de PLUi", Language.FR);
        assertTrue(plu.contains("urban-planning"), plu.toString());
        assertFalse(plu.contains("architecture-design"), plu.toString());
        assertTrue(concepts("Erfahrung in der Bauleitplanung", Language.DE).contains("urban-planning"));
        Set<String> bus = concepts("conductor de transporte urbano", Language.ES);
        assertFalse(bus.contains("urban-planning"), bus.toString());
    }

    @Test
    void aHospitalsRecordSystemIsNamedByItsProduct() {
        assertTrue(concepts("Charting in Epic (Nutrition Navigator, flowsheets)", Language.EN).contains("epr"));
        assertTrue(concepts("Arbeit im KIS i.s.h.med", Language.DE).contains("epr"));
        assertTrue(concepts("Umgang mit einem Krankenhausinformationssystem, idealerweise ORBIS", Language.DE).contains("epr"));
        assertFalse(concepts("Kissen und Decken", Language.DE).contains("epr"));
    }

    @Test
    void reportingAloneIsNoManagementAccountingAndSupervisingNoMonitoring() {
        assertFalse(concepts("experience reporting interpreted depositions", Language.EN).contains("management-accounting"));
        assertTrue(concepts("reporting de gestión mensual", Language.ES).contains("management-accounting"));
        assertFalse(concepts("supervision of trainee genetic counsellors", Language.EN).contains("monitoring-tools"));
        assertTrue(concepts("outils de supervision (Zabbix)", Language.FR).contains("monitoring-tools"));
    }

    @Test
    void tradesOfHoldout22HaveNamesInEveryLanguage() {
        assertTrue(concepts("maîtrise de la stratification au contact", Language.FR).contains("composite-laminating"));
        assertTrue(concepts("Hand lay-up of chopped strand mat", Language.EN).contains("composite-laminating"));
        assertTrue(concepts("maîtrise de l'infusion sous vide", Language.FR).contains("vacuum-infusion"));
        assertTrue(concepts("Vacuum infusion of hulls and decks", Language.EN).contains("vacuum-infusion"));
        assertTrue(concepts("опыт работы концертмейстером", Language.RU).contains("accompanist"));
        assertTrue(concepts("Ballettkorrepetitorin am Staatstheater", Language.DE).contains("accompanist"));
        assertTrue(concepts("свободное чтение с листа", Language.RU).contains("sight-reading"));
        assertFalse(concepts("zum Beispiel in Form von Portfolioarbeit", Language.DE).contains("sight-reading"));
        assertTrue(concepts("опыт работы на МНЛЗ", Language.RU).contains("continuous-casting"));
        assertTrue(concepts("Continuous Caster Operator", Language.EN).contains("continuous-casting"));
        assertTrue(concepts("удостоверение стропальщика", Language.RU).contains("slinging"));
        assertTrue(concepts("Slinger certificate", Language.EN).contains("slinging"));
        assertTrue(concepts("Certified Shorthand Reporter", Language.EN).contains("stenography"));
        assertFalse(concepts("Certified Shorthand Reporter", Language.EN).contains("typing"));
        assertFalse(concepts("мебель из ДСП", Language.RU).contains("electric-arc-furnace"));
    }

    /** Each of these named a concept before (holdout25): a word inside another word, or a word with another meaning. */
    @Test
    void aNameInsideAnotherWordOrWithAnotherMeaningIsNoConcept() {
        assertFalse(concepts("Totalstation, GNSS und terrestrisches Laserscanning", Language.DE).contains("rest-api"));
        assertTrue(concepts("Exceltabellen erstellen", Language.DE).contains("excel"), "a product's name that begins a compound");
        assertFalse(concepts("formación sanitaria (TES, TCAE, Enfermería)", Language.ES).contains("bathroom-installation"));
        assertTrue(concepts("instalación de sanitarios", Language.ES).contains("bathroom-installation"));
        assertFalse(concepts("interpreting in police interviews or court", Language.EN).contains("recruitment"));
        assertTrue(concepts("conducted job interviews for the warehouse", Language.EN).contains("recruitment"));
        Set<String> afterSales = concepts("trois ans dans un atelier de service après-vente horloger", Language.FR);
        assertFalse(afterSales.contains("b2b-sales"));
        assertTrue(afterSales.contains("customer-service"));
        Set<String> midwife = concepts("Diplôme d'État de sage-femme", Language.FR);
        assertFalse(midwife.contains("accounting-software-sme") || midwife.contains("erp-finance"), "Sage");
        assertFalse(midwife.contains("degree-master"), "the German Diplom is no French diplôme");
        assertTrue(midwife.contains("midwifery"));
        assertTrue(concepts("Sages-femmes", Language.FR).contains("midwifery"));
        assertTrue(concepts("Diplomkaufmann", Language.DE).contains("degree-master"));
        assertFalse(concepts("Prestar primeros auxilios cuando sea necesario", Language.ES).contains("banking"), "prestar is no loan");
        assertFalse(concepts("Saber nadar 100 metros", Language.ES).contains("cost-estimating"), "metros are no French métré");
        assertTrue(concepts("métré et chiffrage des lots", Language.FR).contains("cost-estimating"));
    }

    /** A product's name that is an everyday word too is the product only written with a capital (holdout25's dispatcher). */
    @Test
    void anEverydayWordIsAProductOnlyWithItsCapital() {
        assertFalse(concepts("interpret convective outlooks and SIGMETs", Language.EN).contains("ms-outlook"));
        assertFalse(concepts("a positive outlook", Language.EN).contains("ms-office"));
        assertTrue(concepts("MS Office (Word, Excel, Outlook)", Language.EN).containsAll(Set.of("ms-office", "ms-outlook")));
        assertTrue(concepts("OUTLOOK, EXCEL", Language.EN).contains("ms-outlook"), "a line in capitals");
        assertFalse(concepts("rust removal and painting", Language.EN).contains("rust"));
        assertTrue(concepts("Rust, Go and Python", Language.EN).contains("rust"));
    }
}
