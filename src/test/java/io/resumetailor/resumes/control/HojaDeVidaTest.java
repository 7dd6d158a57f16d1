package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Colombian "hoja de vida" from Word: the title and the name as a running header, positions as forms under the employer in bold. */
class HojaDeVidaTest {

    private static ParsedResume read() {
        return NameAndContactLayoutsTest.read(new PdfCanvas().bold(200, 41, 12, "HOJA DE VIDA JAVIER HERNÁNDEZ")
                .bold(220, 97, 12, "JAVIER HERNANDEZ USECHE")
                .bold(50, 113, 11, "Teléfono Móvil: 320 494 0250")
                .text(50, 126, 11, "E-mail: javier.hernandez@example.com")
                .bold(230, 200, 12, "EXPERIENCIA LABORAL")
                .bold(190, 232, 12, "PANAMERICANA LIBRERIA Y PAPELERIA S A")
                .text(50, 248, 11, "Cargo: Auxiliar de logística")
                .text(50, 262, 11, "Jefe: Rodolfo Morales")
                .text(50, 275, 11, "Funciones: Recepción, verificación y descargue de mercancía de importación.")
                .text(50, 288, 11, "Fecha: Junio 2016 – Mayo 2017")
                .text(50, 300, 11, "Teléfono: (1)364 9000.")
                .bold(240, 327, 12, "FABRIHOGAR SS SAS")
                .text(50, 343, 11, "Cargo: Conductor y auxiliar operativo")
                .text(50, 355, 11, "Jefe: Rosalba Castillo")
                .text(50, 368, 11, "Funciones: Alistamiento, despacho y transporte de pedidos.")
                .text(50, 381, 11, "Fecha: Mayo 2017 – Abril 2022").pdf());
    }

    @Test
    void takesTheEmployerInBoldOverTheLabelledFields() {
        List<ExperienceEntry> jobs = read().content().experience();
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "PANAMERICANA LIBRERIA Y PAPELERIA S A", "Auxiliar de logística", "2016-06", "2017-05");
        EntryLayoutsTest.assertJob(jobs.get(1), "FABRIHOGAR SS SAS", "Conductor y auxiliar operativo", "2017-05", "2022-04");
    }

    @Test
    void takesTheWholeNameRatherThanTheOneAfterThePageTitle() {
        assertEquals("Javier Hernandez Useche", read().content().personalInfo().fullName());
    }
}
