package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the employer runs before hiring (criminal record, drug test, vaccination status) are
 * conditions of employment, never requirements a resume could evidence, even in a requirements
 * list; a skill that only shares a word with them ("authorised to administer vaccinations") stays
 * one. Synthetic vacancies of our own.
 */
class EmploymentCheckTest {

    static boolean any(List<Requirement> requirements, String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return requirements.stream().anyMatch(requirement -> pattern.matcher(requirement.text()).find());
    }

    @Test
    void englishChecksAreNoRequirements() {
        List<Requirement> requirements = RequirementExtractorTest.extract("Lakeside Community Care", """
                Community Pharmacist
                Requirements
                - Registered pharmacist with the GPhC
                - Accredited to administer flu vaccinations
                - Experience with repeat prescription services
                - Must pass an enhanced background check and a pre-employment drug screen
                - Proof of vaccination against hepatitis B in line with our occupational health policy
                """);
        assertFalse(any(requirements, "background|drug screen|proof of vaccination"), requirements.toString());
        assertTrue(any(requirements, "vaccinations"), "administering vaccinations is a skill: " + requirements);
        assertTrue(any(requirements, "prescription"), requirements.toString());
    }

    @Test
    void checksInOtherLanguagesAreNoRequirements() {
        List<Requirement> german = RequirementExtractorTest.extract("Kita Sonnenblume", """
                Pädagogische Fachkraft (m/w/d)
                Ihr Profil
                - Abgeschlossene Ausbildung als Erzieher/in
                - Erfahrung in der Sprachförderung
                - Vorlage eines erweiterten Führungszeugnisses und Nachweis über den Masernschutz
                """);
        assertFalse(any(german, "führungszeugnis|masernschutz"), german.toString());
        assertTrue(any(german, "Sprachförderung"), german.toString());
        List<Requirement> spanish = RequirementExtractorTest.extract("Escuela Infantil Arcoíris", """
                Técnico/a en Educación Infantil
                Requisitos
                - Título de Técnico Superior en Educación Infantil
                - Certificado negativo de delitos sexuales
                - Experiencia en aula de 0 a 3 años
                """);
        assertFalse(any(spanish, "delitos"), spanish.toString());
        List<Requirement> russian = RequirementExtractorTest.extract("ООО Детский центр", """
                Воспитатель
                Требования
                - Среднее профессиональное педагогическое образование
                - Справка об отсутствии судимости
                - Опыт работы в детском саду от 1 года
                """);
        assertFalse(any(russian, "судимост"), russian.toString());
    }
}
