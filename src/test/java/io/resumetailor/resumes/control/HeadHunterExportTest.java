package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF that hh.ru (HeadHunter), Russia's main job board, exports: dates in a left column, spans under them, levels of education. */
class HeadHunterExportTest {

    private static ResumeContent read() {
        return NameAndContactLayoutsTest.read(canvas()).content();
    }

    private static byte[] canvas() {
        return (new PdfCanvas().cyrillic(43, 59, 25, "Булыгин Андрей Владимирович")
                .cyrillic(43, 88, 9, "Мужчина, 32 года, родился 28 февраля 1993")
                .cyrillic(43, 114, 9, "bulygin.andrei@example.ru — предпочитаемый способ связи")
                .cyrillic(43, 166, 9, "Проживает: Курск")
                .cyrillic(43, 179, 9, "Гражданство: Россия, есть разрешение на работу: Россия")
                .cyrillic(43, 229, 11, "Желаемая должность и зарплата")
                .cyrillic(43, 246, 13, "Python-разработчик")
                .cyrillic(43, 345, 9, "Занятость: полная занятость, частичная занятость, проектная работа, стажировка")
                .cyrillic(43, 358, 9, "График работы: полный день, сменный график, гибкий график, удаленная работа")
                .cyrillic(43, 408, 11, "Опыт работы — 2 года 8 месяцев")
                .cyrillic(43, 425, 9, "Октябрь 2022 —").cyrillic(128, 425, 9, "Ozon")
                .cyrillic(43, 439, 8, "настоящее время")
                .cyrillic(43, 447, 8, "2 года 8 месяцев").cyrillic(128, 447, 12, "Техническая поддержка")
                .cyrillic(128, 469, 9, "Консультация клиентов, решение их проблем. Сохранение лояльности клиентов.")
                .cyrillic(43, 506, 11, "Образование")
                .cyrillic(43, 526, 11, "Среднее специальное")
                .cyrillic(43, 552, 8, "2013").cyrillic(128, 556, 12, "Курский железнодорожный техникум")
                .cyrillic(128, 567, 9, "Электроснабжение, Техник-электрик")
                .cyrillic(43, 605, 11, "Повышение квалификации, курсы")
                .cyrillic(43, 625, 8, "2025").cyrillic(128, 625, 12, "Python-разработчик с нуля")
                .cyrillic(128, 640, 9, "Нетология, Python программист").pdf());
    }

    @Test
    void readsTheJobWithoutTheSpanBesideItsPosition() {
        List<io.resumetailor.resumes.entity.ExperienceEntry> jobs = read().experience();
        assertEquals(1, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Ozon", "Техническая поддержка", "2022-10", null);
    }

    @Test
    void readsTheSchoolUnderTheLevelOfEducation() {
        List<EducationEntry> schools = read().education();
        assertEquals(1, schools.size(), schools.toString());
        assertEquals("Курский железнодорожный техникум", schools.get(0).institution());
        assertEquals("Электроснабжение", schools.get(0).degree());
        assertEquals("2013-12", schools.get(0).endDate());
    }

    /**
     * hh.ru's newer layout: each date a block of three rows set smaller than the text (start, end, how long), the
     * employer beside the start, then the employer's industry in small type, then the position in the employer's type.
     */
    @Test
    void readsThePositionSetInTheEmployersTypeUnderTheIndustryLines() {
        ResumeContent content = NameAndContactLayoutsTest.read(new PdfCanvas().cyrillic(43, 59, 25, "Смирнова Ольга Петровна")
                .cyrillic(43, 114, 9, "olga.smirnova@example.ru — предпочитаемый способ связи")
                .cyrillic(43, 380, 11, "Опыт работы — 6 лет 2 месяца")
                .cyrillic(43, 401, 8, "Март 2021 —").cyrillic(128, 400, 12, "Леруа Мерлен")
                .cyrillic(43, 412, 8, "настоящее время").cyrillic(128, 415, 9, "Розничная торговля")
                .cyrillic(43, 423, 8, "3 года 9 месяцев").cyrillic(128, 428, 9, "• Розничная сеть (DIY, товары для дома)")
                .cyrillic(128, 446, 12, "Старший кассир")
                .cyrillic(128, 467, 9, "Работа на кассе, инкассация, обучение новых сотрудников.")
                .cyrillic(43, 501, 8, "Январь 2019 —").cyrillic(128, 500, 12, "Пятёрочка")
                .cyrillic(43, 512, 8, "Февраль 2021").cyrillic(128, 515, 9, "Розничная торговля")
                .cyrillic(43, 523, 8, "2 года 2 месяца").cyrillic(128, 528, 9, "• Розничная сеть (продуктовая)")
                .cyrillic(128, 546, 12, "Кассир-продавец")
                .cyrillic(128, 567, 9, "Выкладка товара, работа на кассе.").pdf()).content();
        List<io.resumetailor.resumes.entity.ExperienceEntry> jobs = content.experience();
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Леруа Мерлен", "Старший кассир", "2021-03", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Пятёрочка", "Кассир-продавец", "2019-01", "2021-02");
    }
}
