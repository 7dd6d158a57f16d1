package io.resumetailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void asciiNameFoldsAccentsAndLettersWithoutDecomposition() {
        assertEquals("Zoe_Lukasz_Resume.pdf", FileNames.of("Zoë Łukasz", null, "pdf"));
        assertEquals("Jorg_Strass_Acme_GmbH.docx", FileNames.of("Jörg Straß", "Acme GmbH", "docx"));
    }

    @Test
    void nameWithoutLatinLettersFallsBackToResume() {
        assertEquals("Resume.pdf", FileNames.of("李小龙", null, "pdf"));
        assertEquals("Resume.json", FileNames.of(null, null, "json"));
    }

    @Test
    void asciiNameNeverExceedsAHundredCharactersBeforeTheExtension() {
        String name = FileNames.of("A".repeat(300), "B".repeat(50), "pdf");
        assertEquals(104, name.length());
        assertTrue(name.matches("[A-Za-z0-9_]+\\.pdf"), name);
    }

    @Test
    void originalKeepsTheSpellingAndDropsWhatNoFileSystemAccepts() {
        assertEquals("Zoë Łukasz 李小龙 – Resume.pdf", FileNames.original("Zoë Łukasz 李小龙", null, "pdf"));
        assertEquals("Анна Иванова – ООО Ромашка.docx", FileNames.original("Анна Иванова", "ООО Ромашка", "docx"));
        assertEquals("a b c – Resume.pdf", FileNames.original("a/b\\c\u0000", null, "pdf"));
        assertEquals("Resume.pdf", FileNames.original("  ", null, "pdf"));
    }

    @Test
    void contentDispositionCarriesBothNames() {
        String header = FileNames.contentDisposition("Zoe_Lukasz_Resume.pdf", "Zoë Łukasz 李小龙 – Resume.pdf");
        assertTrue(header.startsWith("attachment; filename=\"Zoe_Lukasz_Resume.pdf\"; filename*=UTF-8''"), header);
        String encoded = header.substring(header.indexOf("''") + 2);
        assertTrue(encoded.matches("[A-Za-z0-9%._\\-*]+"), "only RFC 5987 attr-chars and %-escapes: " + encoded);
        assertEquals("Zoë Łukasz 李小龙 – Resume.pdf", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }
}
