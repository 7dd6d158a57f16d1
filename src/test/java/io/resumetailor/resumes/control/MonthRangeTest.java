package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthRangeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Jan 2020 – Present;2020-01;present",
            "Sep. 2023 \u00AD Mar. 2024;2023-09;2024-03",
            "01/2020 - 03/2022;2020-01;2022-03",
            "2019–2021;2019-01;2021-12",
            "2018 –2024;2018-01;2024-12",
            "since 2021;2021-01;present",
            "seit 04/2021;2021-04;present",
            "ene 2019 - actualidad;2019-01;present",
            "03/2019-EN CURSO;2019-03;present",
            "2025.02–pres.;2025-02;present",
            "Jan 2018 to Till Date;2018-01;present",
            "January 2019 to Present;2019-01;present",
            "01.09.2015 - 31.08.2017;2015-09;2017-08",
            "01.08.2020 - 10.07.21;2020-08;2021-07",
            "15/03/2016 – 30/06/2018;2016-03;2018-06",
            "Mars - Sept 2024;2024-03;2024-09",
            "Juin 2019 – Août 2020;2019-06;2020-08",
            "Fall 2013 – Spring 2014;2013-09;2014-03",
            "Сентябрь 2018 — по настоящее время;2018-09;present",
            "с 2019 по н.в.;2019-01;present",
            "1 FEBRAURY 2023 – 15 APRIL 2023;2023-02;2023-04", // a month with a typing slip
            "Feburary 2019 - Decemeber 2020;2019-02;2020-12",
            "Редактор| Журнал «Late Late»| c 2016;2016-01;present", // a Latin c typed for the Russian с
            "сентябрь 2024 – текущий момент;2024-09;present",
            "май 2020 – по настоящий момент;2020-05;present",
            "Juni 2019 - andauernd;2019-06;present",
            "févr. 2020 – juil. 2021;2020-02;2021-07",
            "Mai 2017 bis heute;2017-05;present",
            "2019-CONTINUA;2019-01;present",
            "2019 August- 2019 Dezember;2019-08;2019-12",
            "École d'ingénieur en Géomatique – 2021-23;2021-01;2023-12",
            "CPGE BL – 2019-21;2019-01;2021-12",
            "Lycée Jacques Amyot 2016-19;2016-01;2019-12",
            "3 - 4/2014 Fa. Uwe Habel GbR, Bautzen;2014-03;2014-04",
            "9 - 12/2002;2002-09;2002-12",
            "Dec. 29,2017-Jan.26,2018;2017-12;2018-01",
            "2019 Oktober - heute;2019-10;present",
            "2020 Oktober – 2021 März;2020-10;2021-03",
            "marzo 2021 – continúa;2021-03;present",
            "2015 – по сей день;2015-01;present",
            "03/2022 – derzeit;2022-03;present",
            "2016-03 to 2017-10;2016-03;2017-10",
            "June 2014 – Sep 2014 | Mountain View, CA;2014-06;2014-09",
            "Oct 2022 — continuing;2022-10;present",
            "desde 2020;2020-01;present",
            "Jun – Aug 2013;2013-06;2013-08",
            "Sep/2016 - July/2018;2016-09;2018-07",
            "06/15 - 2020 Operaria de Confección;2015-06;2020-12", // a two-digit year at the start, four at the end
            "08/12 - 03/2021 Contratista;2012-08;2021-03",
            "Jan-2020 – Mar-2021;2020-01;2021-03",
            "04/21 - 06/22;2021-04;2022-06",
            "Since 06/22;2022-06;present",
            "Since 06/22.;2022-06;present",
            "Software Engineer 04/21 - 06/22.;2021-04;2022-06",
            "08/98 – present;1998-08;present",
            "18-NOV-2024 – ACTUALMENTE;2024-11;present",
            "18-OCT-2023 – 13-SEP-2024;2023-10;2024-09",
            "1er mars 2020 – 30 juin 2021;2020-03;2021-06",
            "18 de noviembre de 2024 - hoy;2024-11;present",
            "2-2019 / 7-2019 Analista programador;2019-02;2019-07",
            "11-2017/ 3-2018;2017-11;2018-03",
            "8-2019 / actualmente;2019-08;present",
            "2008/2012 Lycée Jean Moulin, Lyon;2008-01;2012-12",
            "Schuljahr 2018/2019;2018-01;2019-12",
            "Март 2017г- март 2019г.;2017-03;2019-03",
            "февраль 2020г - по настоящее время;2020-02;present",
            "с 2016 г. по 2019 г.;2016-01;2019-12",
            "2015г. - 2018г.;2015-01;2018-12",
            "2000 год - май/2007;2000-01;2007-05",
            "с 2000 года по 2007 год;2000-01;2007-12",
            "2020, Jul-Okt. Die Hermes Software GmbH ist;2020-07;2020-10",
            "2018 Aug – Sep;2018-08;2018-09"})
    void readsRanges(String text, String start, String end) {
        var range = MonthRange.find(text).orElseThrow(() -> new AssertionError("no range in " + text));
        assertEquals(start, range.start(), text);
        assertEquals("present".equals(end) ? null : end, range.end(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+49 1754 5758 410", "(555) 123-4567", "10-9030-1843", "Note: 1,3", "top 52/2500",
            "I have taken 25+ hrs live sessions", "607.379.5733", "rated 4/5 - 5/5 by users", "12/31 - 11/30", "24/7 support",
            "Raised customer satisfaction from 7/10 to 9/10", "de 07/10 a 09/10", "Notes: 8/10 – 9/10",
            "Administration of Windows Server 2008/2012 and Exchange", "MS Office 2016/2019, SAP R/3", "Release 2015, Alpha-Beta", "Grade C 2016", "c. 2016"})
    void findsNoRangeInNumbersThatAreNotDates(String text) {
        assertTrue(MonthRange.find(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"04/2021 –;heute;2021-04;present", "10/2015 –;08/2017 Entwicklung;2015-10;2017-08",
            "June 2022 –;Present Developing intuitive;2022-06;present"})
    void joinsRangesWrappedAfterTheDash(String first, String second, String start, String end) {
        var open = MonthRange.dangling(first).orElseThrow();
        var range = MonthRange.continuation(open, second).orElseThrow();
        assertEquals(start, range.start());
        assertEquals("present".equals(end) ? null : end, range.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Expected Graduation: June 2016;2016-06", "Grad. May 2011| Kolkata;2011-05",
            "Dec 2014 | Ithaca, NY;2014-12", "Academic Global School (2020);2020-01", "Summer 2022;2022-06"})
    void readsSingleDates(String text, String start) {
        assertEquals(start, MonthRange.single(text).orElseThrow().start());
    }

    @org.junit.jupiter.api.Test
    void theDateCutFromALineTakesItsColonAlong() {
        assertEquals("Ingeniera en Logística y Transporte", EntrySplitter.cut("2026: Ingeniera en Logística y Transporte", 0, 4));
        assertEquals("Control de inventarios en Minty S.A.", EntrySplitter.cut("2018-2024: Control de inventarios en Minty S.A.", 0, 9));
    }
}
