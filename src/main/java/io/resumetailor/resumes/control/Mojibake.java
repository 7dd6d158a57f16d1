package io.resumetailor.resumes.control;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Cyrillic text from fonts whose encoding says Latin-1 while their glyphs follow Windows-1251
 * (old LaTeX and Word setups): "Àíòîí Ãðîìîâ" is "Антон Громов". When most words of a
 * document consist only of letters from the upper half of Latin-1, which no real European
 * language does, those characters are read as Windows-1251.
 */
final class Mojibake {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private Mojibake() {
    }

    static List<TextLine> repaired(List<TextLine> lines) {
        int words = 0;
        int garbled = 0;
        for (TextLine line : lines) {
            for (String word : line.text().split("[^\\p{L}]+")) {
                if (word.length() >= 3) {
                    words++;
                    garbled += word.chars().allMatch(c -> c >= 0xC0 && c <= 0xFF) ? 1 : 0;
                }
            }
        }
        if (words == 0 || garbled * 10 < words * 3) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(line.withCells(line.cells().stream().map(Mojibake::decode).toList()));
        }
        return out;
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 0xC0 && c <= 0xFF || c == 0xA8 || c == 0xB8) {
                out.append(new String(new byte[]{(byte) c}, CP1251));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
