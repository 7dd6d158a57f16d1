package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place after an organisation: behind a spaced dash (RenderCV and similar templates), a postcode and town. */
class DashedPlaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Nordlicht Systems – Costa Rica;Nordlicht Systems",
            "IUT Lens - Liévin – Liévin-sur-Marne;IUT Lens - Liévin",
            "Ecole Supérieure Sud – La Défense;Ecole Supérieure Sud",
            "Data Engineer, Nordlicht Systems – Costa Rica;Data Engineer, Nordlicht Systems",
            "Master – Data Science;Master – Data Science",
            "Software Engineer – Backend;Software Engineer – Backend",
            "Nexus AI, Co-Founder & CTO – San Francisco, CA;Nexus AI, Co-Founder & CTO",
            "Research Intern – London, UK;Research Intern",
            "Engineer – Backend, Payments;Engineer – Backend, Payments",
            "Nordlicht Systems – Payments Solutions GmbH;Nordlicht Systems – Payments Solutions GmbH",
            "Nordlicht Systems – 2 teams;Nordlicht Systems – 2 teams"})
    void cutsAPlaceButNotAFieldAJobOrAnOrganisation(String text, String expected) {
        assertEquals(expected, TitleCandidates.withoutDashedPlace(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Ernst Fischer AG, 8590 Romanshorn;Ernst Fischer AG",
            "Stadtwerke Nordhafen GmbH 20095 Hamburg;Stadtwerke Nordhafen GmbH",
            "Atelier Moser, 2000 Neuchâtel;Atelier Moser",
            "Expo 2020 Dubai;Expo 2020 Dubai",
            "Epotronic GmbH Düsseldorf;Epotronic GmbH",
            "RCP Technik GmbH & Co. KG Bad Neustadt;RCP Technik GmbH & Co. KG",
            "Franzis Verlag GmbH Poing;Franzis Verlag GmbH",
            "Nordlicht AG Group Services;Nordlicht AG Group Services",
            "ООО Ромашка Москва;ООО Ромашка Москва",
            "Olympiade 2024 Paris;Olympiade 2024 Paris",
            "der Huawei in Jordanien;Huawei",
            "dem Klinikum Nord in Frankfurt am Main;Klinikum Nord",
            "Elektro Vass GmbH in Wolfsburg;Elektro Vass GmbH",
            "Transportes Ruiz SL en Zaragoza;Transportes Ruiz SL",
            "Partners in Health;Partners in Health",
            "LiteOn Gruppe in Jordanien;LiteOn Gruppe",
            "Hotel im Wasserturm;Hotel im Wasserturm",
            "Seniorenzentrum Haus im Park;Seniorenzentrum Haus im Park",
            "Centro de Investigación en Matemáticas;Centro de Investigación en Matemáticas",
            "Women in Tech;Women in Tech",
            "Made in Germany GmbH;Made in Germany GmbH",
            "Deutsche Bahn – Netz AG;Deutsche Bahn – Netz AG",
            "Bäckerei in der Altstadt;Bäckerei in der Altstadt",
            "Nordlicht – Verkauf;Nordlicht – Verkauf",
            "Die Zeit;Die Zeit",
            "Heikes Raumdekor, Bad Vilbel;Heikes Raumdekor",
            "Stitchfix, South San Francisco;Stitchfix",
            "Auto Suter Küssnacht GmbH, Küssnacht am Rigi;Auto Suter Küssnacht GmbH",
            "Pizzeria Da Mario, Bad Homburg;Pizzeria Da Mario",
            "Nordlicht, Payments Solutions;Nordlicht, Payments Solutions",
            "Hotel Adler, Restaurant Sonne;Hotel Adler, Restaurant Sonne",
            "University of Minnesota Department of Neuroscience;University of Minnesota",
            "Harvard School of Medicine Department of Neurobiology;Harvard School of Medicine",
            "Universität Hamburg, Fachbereich Informatik;Universität Hamburg",
            "Universidad de Sevilla - Departamento de Física;Universidad de Sevilla",
            "Department of Health;Department of Health",
            "Stadtwerke Jena Abteilung Netze;Stadtwerke Jena Abteilung Netze"})
    void cutsAPostcodeAndItsTownButNotAYearInTheName(String text, String expected) {
        assertEquals(expected, ExperienceReader.withoutTown(text));
    }

    @Test
    void cutsATownThatSeveralNamesShareButNoSharedWordOfAName() {
        List<String> gastro = List.of("Maredo Steakhouse Stuttgart Mitte", "Restaurant Aspendos Stuttgart Ost", "TÜ8 GmbH Stuttgart Mitte",
                "Heusteigschule Stuttgart Süd", "Universität Stuttgart");
        var towns = SharedTown.towns(gastro);
        assertEquals(List.of("Maredo Steakhouse", "Restaurant Aspendos", "TÜ8 GmbH", "Heusteigschule", "Universität Stuttgart"),
                gastro.stream().map(n -> SharedTown.cut(n, towns)).toList());
        List<String> munich = List.of("Siemens AG München", "BMW AG München");
        assertEquals(List.of("Siemens AG", "BMW AG"), munich.stream().map(n -> SharedTown.cut(n, SharedTown.towns(munich))).toList());
        assertEquals(Set.of(), SharedTown.towns(List.of("Moxie Pest Control", "Proof. Pest Control")), "a trade both names share");
        assertEquals(Set.of(), SharedTown.towns(List.of("North Sanpete School District", "North Sanpete High School")), "a name of a place");
        assertEquals(Set.of(), SharedTown.towns(List.of("Deutsche Bank Frankfurt", "Commerzbank")), "one name says nothing");
        assertEquals(Set.of(), SharedTown.towns(List.of("NVIDIA Research", "Apple ML Research", "Microsoft Research")),
                "a research arm");
        List<String> chain = List.of("Media Markt Dresden", "Media Markt Leipzig", "Staatsoper Dresden", "Kaufhalle Nord Dresden");
        var shared = SharedTown.towns(chain);
        assertEquals(List.of("Media Markt", "Media Markt Leipzig", "Staatsoper Dresden", "Kaufhalle Nord"),
                chain.stream().map(n -> SharedTown.cut(n, shared)).toList(), "a chain's two words, the town of an opera house");
    }

    @Test
    void readsTheEmployerWithoutThePlaceInARenderCvLine() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .bold(50, 135, 10, "Software Engineer, Nordlicht Systems – Costa Rica, Remote").right(545, 135, 10, "Jan 2025 – present")
                .text(60, 149, 10, "• Built the test automation with Selenium")
                .bold(50, 175, 10, "Web Developer, Aztec Print Group – Costa Rica, Remote").right(545, 175, 10, "Oct 2022 – July 2023")
                .text(60, 189, 10, "• Kept the CI pipelines running").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Nordlicht Systems", "Software Engineer", "2025-01", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Aztec Print Group", "Web Developer", "2022-10", "2023-07");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "sous Clearcase;true", "stresser le code de la tâche STACK 2G;true", "концертной деятельности);true", "th;true",
            "t-systems MMS GmbH;false", "eBay Kleinanzeigen;false", "dm-drogerie markt;false", "Nordlicht AG;false", "bibliothèque;false"})
    void anEmployerInLowerCaseIsTheRestOfASentenceUnlessABrandIsWrittenSo(String company, boolean sentence) {
        assertEquals(sentence, ExperienceReader.sentencePart(company), company);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Postdoctoral Associate, Advisor: Dr. Donald B. Katz;Postdoctoral Associate",
            "Doktorandin, Betreuerin: Prof. Dr. Anna Weber;Doktorandin",
            "Научный сотрудник, научный руководитель: д.б.н. И. И. Петров;Научный сотрудник",
            "8556 Wigoltingen Metallbaukonstrukteur;Metallbaukonstrukteur",
            "9014 St. Gallen Metallbaukonstrukteur;Metallbaukonstrukteur",
            "75011 Paris Boulangerie Dupont;75011 Paris Boulangerie Dupont",
            "Advisor: Client Relations;Advisor: Client Relations",
            "2019 Senior Software Engineer;2019 Senior Software Engineer"})
    void aTitleWithoutItsSupervisorOrALeadingPostcodeAndTown(String text, String expected) {
        assertEquals(expected, TitlePart.clean(text));
    }
}
