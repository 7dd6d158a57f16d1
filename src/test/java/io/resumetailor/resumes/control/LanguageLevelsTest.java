package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spoken languages and their levels as people write them, in the five languages. */
class LanguageLevelsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Langues|Anglais : Avancé. Attesté par le Cambridge First Certificate in English, Cambridge University,|Anglais|Avancé",
            "Langues|Néerlandais : Intermédiaire supérieur.|Néerlandais|Intermédiaire supérieur",
            "Langues|Espagnol – notions scolaires|Espagnol|notions scolaires",
            "Langues|Allemand : courant|Allemand|courant",
            "Langues|Italien : bon niveau|Italien|bon niveau",
            "Langues|Espagnol: moyen|Espagnol|moyen",
            "Langues|Coréen (conversation basique)|Coréen|conversation basique",
            "Sprachkenntnisse|Ukrainisch (Muttersprachler)|Ukrainisch|Muttersprachler",
            "Знание языков|Немецкий (базовые знания)|Немецкий|базовые знания",
            "Знание языков|Английский – В2 (Upper-Intermediate)|Английский|В2 (Upper-Intermediate)",
            "Владение иностранными языками:|Испанский язык – разговорный|Испанский|разговорный",
            "Иностранные языки|Французский: читаю со словарём|Французский|читаю со словарём",
            "Idiomas|Inglés: conocimientos básicos|Inglés|conocimientos básicos",
            "Idiomas|Portugués – nivel intermedio|Portugués|nivel intermedio",
            "Idiomas|Francés (leído y escrito)|Francés|leído y escrito",
            "Sprachkenntnisse|Englisch – sehr gute Kenntnisse in Wort und Schrift|Englisch|sehr gute Kenntnisse in Wort und Schrift",
            "Sprachkenntnisse|Französisch: Schulkenntnisse|Französisch|Schulkenntnisse",
            "Languages|English — IELTS 7.5|English|IELTS 7.5",
            "Languages|Italian (conversant)|Italian|conversant"})
    void readsTheLevel(String heading, String line, String language, String level) {
        assertEquals(List.of(new ResumeLanguage(language, level)), languages(TextLine.plain(heading), TextLine.plain(line)));
    }

    @Test
    void readsLanguagesOutsideALanguagesSection() {
        assertEquals(List.of(new ResumeLanguage("English", "Fluent"), new ResumeLanguage("Vietnamese", "Fluent")),
                languages(TextLine.plain("Skills"), TextLine.plain("• Tools: Git, Azure, React"),
                        TextLine.plain("• Other: Fluent in English and Vietnamese")), "a level word before the languages");
        assertEquals(List.of(new ResumeLanguage("Français", "langue maternelle"), new ResumeLanguage("Anglais", "courant")),
                languages(TextLine.plain("À propos"), TextLine.plain("Âge: 32").withCells(List.of("Âge:", "32")),
                        TextLine.plain("x").withCells(List.of("Français:", "langue maternelle")),
                        TextLine.plain("x").withCells(List.of("Anglais:", "courant"))), "a language cell and a level cell");
        assertEquals(List.of(new ResumeLanguage("Englisch", "fortgeschritten in Wort und Schrift"), new ResumeLanguage("Arabisch", "Muttersprache")),
                languages(TextLine.plain("Kenntnisse & Fähigkeiten"), TextLine.plain("Fremdsprachen"),
                        TextLine.plain("Englisch (fortgeschritten in Wort und Schrift),"), TextLine.plain("Arabisch (Muttersprache)"),
                        TextLine.plain("PC-Kenntnisse"), TextLine.plain("Microsoft Office")), "a languages line set as body text");
        assertEquals(List.of(new ResumeLanguage("Ingles", "intermedio"), new ResumeLanguage("Kantonesisch", "Muttersprache")),
                languages(TextLine.plain("Idiomas"), TextLine.plain("Ingles – intermedio"), TextLine.plain("Kantonesisch (Muttersprache)")),
                "a name written without its accent, a name outside the five languages");
    }

    @Test
    void leavesOutALanguageWithoutALevelAndSaysSo() {
        ParsedResume parsed = parse(TextLine.plain("Kenntnisse"), TextLine.plain("Sprachen"), TextLine.plain("Deutsch"), TextLine.plain("Englisch"),
                TextLine.plain("EDV"), TextLine.plain("SAP R/3"));
        assertEquals(null, parsed.content().languages(), "none");
        assertTrue(parsed.uncertain().contains("languages: no level given for Deutsch; left out"), parsed.uncertain().toString());
    }

    @Test
    void readsALabelledLanguageLineThatEndsAJobSection() {
        List<ResumeLanguage> found = languages(TextLine.plain("Berufserfahrung"),
                TextLine.plain("03/2021 – 08/2023 Werkstudentin, Nordlicht GmbH").withCells(List.of("03/2021 – 08/2023", "Werkstudentin, Nordlicht GmbH")),
                TextLine.plain("• Pflege der Kundendaten in SAP"),
                TextLine.plain("Erfahrung und Kenntnisse des Alltags"),
                TextLine.plain("Sprachen: Deutsch (Muttersprache), Englisch (C1), Französisch (B1)"));
        assertEquals(List.of("Deutsch", "Englisch", "Französisch"), found == null ? List.of() : found.stream().map(ResumeLanguage::language).toList());
        assertEquals("C1", found.get(1).level());
    }

    private static List<ResumeLanguage> languages(TextLine... body) {
        return parse(body).content().languages();
    }

    private static ParsedResume parse(TextLine... body) {
        var lines = new ArrayList<>(List.of(TextLine.plain("Marta Kowalczyk"), TextLine.plain("marta.kowalczyk@example.org")));
        lines.addAll(List.of(body));
        return ResumeReader.read(new ExtractedText(lines, List.of()));
    }
}
