package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry headed by its employer and dates alone, whose description begins by naming the position ("Desempeñando el cargo
 * de Mesero", "Работала в должности администратора", "Embauchée au poste de magasinière"). Synthetic resumes of our own.
 */
class PositionToldTest {

    static TextLine row(String title, String date) {
        return TextLine.plain(title + " " + date).withCells(List.of(title, date));
    }

    /** A list item of a Word document: the bullet is the paragraph's numbering, not text. */
    static TextLine item(String text) {
        return new TextLine(List.of(text), 0, false, 1, -1, -1, true, -1, List.of(), false, false);
    }

    static List<ExperienceEntry> jobs(String heading, List<TextLine> entries) {
        List<TextLine> lines = new java.util.ArrayList<>(List.of(TextLine.plain("Camila Rojas Pérez"), TextLine.plain("camila.rojas@example.com"),
                TextLine.plain(heading)));
        lines.addAll(entries);
        return ResumeReader.read(new ExtractedText(lines, List.of())).content().experience();
    }

    @Test
    void readsAFirstItemThatIsNothingButAJobTitle() {
        // a Word resume: "Bill’s Superette, Andover, MN. 02/2018 – 08/2019." over "• Shift Supervisor."
        List<ExperienceEntry> jobs = jobs("Experience:", List.of(
                TextLine.plain("Bill’s Superette, Andover, MN. 02/2018 – 08/2019."),
                item("Shift Supervisor."),
                item("Duties involved handling customer complaints and problems in a professional manner."),
                TextLine.plain("Davanni’s, Coon Rapids, MN. 09/2017 – 01/2018."),
                item("Kitchen employee since the opening of the shop"),
                TextLine.plain("Corner Market, Andover, MN. 2016 – 2017."),
                item("Handled the cash register and customer complaints.")));
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(List.of("Shift Supervisor", "Kitchen employee"), jobs.stream().map(ExperienceEntry::position).toList());
        assertEquals(List.of("Bill’s Superette", "Davanni’s"), jobs.stream().map(ExperienceEntry::company).toList());
    }

    @Test
    void readsARussianFormOfDateEmployerAndPosition() {
        List<ExperienceEntry> jobs = jobs("Опыт работы:", List.of(
                TextLine.plain("Дата: Август 2018 – июль 2020;"),
                TextLine.plain("Имя и адрес работодателя: ДП \"АДИДАС-УКРАИНА\", г. Киев, ул. Гарматная, дом 4;"),
                TextLine.plain("Должность: senior sport consultant;"),
                TextLine.plain("Вид деятельности: розничная торговля;"),
                TextLine.plain("Дата: Сентябрь 2020 – настоящее время;"),
                TextLine.plain("Наименование организации: ООО «Шаблон»"),
                TextLine.plain("Должность: junior coder;")));
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(List.of("ДП \"АДИДАС-УКРАИНА\"", "ООО «Шаблон»"), jobs.stream().map(ExperienceEntry::company).toList());
        assertEquals(List.of("senior sport consultant", "junior coder"), jobs.stream().map(ExperienceEntry::position).toList());
        assertEquals("2018-08", jobs.get(0).startDate());
        assertEquals(null, jobs.get(1).endDate());
    }

    @Test
    void readsThePositionTheDescriptionNames() {
        List<ExperienceEntry> spanish = jobs("Experiencia Laboral", List.of(
                row("Panadería La Espiga", "2022 - 2023"),
                TextLine.plain("Desempeñando el cargo de Cajera, atendiendo a los clientes y cuadrando la caja diaria."),
                row("Hotel Casa Verde", "2020 - 2022"),
                TextLine.plain("Ocupé el puesto de recepcionista nocturna durante dos años.")));
        assertEquals(List.of("Cajera", "Recepcionista nocturna"), spanish.stream().map(ExperienceEntry::position).toList());
        assertEquals(List.of("Panadería La Espiga", "Hotel Casa Verde"), spanish.stream().map(ExperienceEntry::company).toList());
        List<ExperienceEntry> russian = jobs("Опыт работы", List.of(
                row("ООО «Северный ветер»", "2019 – 2021"),
                TextLine.plain("Работала в должности администратора салона, вела запись клиентов.")));
        assertEquals("Администратора салона", russian.get(0).position());
        List<ExperienceEntry> french = jobs("Expérience professionnelle", List.of(
                row("Boulangerie Dupont", "2018 – 2020"),
                TextLine.plain("J'ai travaillé comme vendeuse, puis à la préparation des commandes.")));
        assertEquals("Vendeuse", french.get(0).position());
    }

    @Test
    void aPlainAsNamesNoPositionUnlessItIsAJobTitle() {
        List<ExperienceEntry> english = jobs("Work Experience", List.of(
                row("Riverside Community Garden", "2019 – 2021"),
                TextLine.plain("Known as the place to learn composting, we ran weekly workshops.")));
        assertEquals(List.of(), english);
    }

    @Test
    void beingInChargeOrAMarketPositionIsNoPositionAndABlankOneIsNone() {
        assertEquals(List.of(), jobs("Experiencia Laboral", List.of(row("Panadería La Espiga", "2022 - 2023"),
                TextLine.plain("Estuve a cargo de la caja registradora."))));
        assertEquals(List.of(), jobs("Work Experience", List.of(row("Nordlicht Systems", "2019 - 2021"),
                TextLine.plain("Strengthened our position as market leader in Bavaria."))));
        assertEquals(List.of(), jobs("Experiencia Laboral", List.of(row("Panadería La Espiga", "2022 - 2023"),
                TextLine.plain("Desempeñando el cargo de \u2003\u2003\u2003, atendiendo."))));
    }
}
