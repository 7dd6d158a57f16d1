package io.resumetailor.matching.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which of the five languages a text is in. Cyrillic script decides Russian at once; the
 * rest is OpenNLP's language detector (model {@code langdetect-183.bin}, 103 languages)
 * restricted to English, German, French and Spanish: it is reliable on paragraphs, which
 * is what we ask it about (a whole vacancy, a whole resume), and unreliable on a single
 * line, which is why a short text inherits the language of the document it belongs to.
 */
public final class LanguageDetection {

    static final int SAMPLE = 1500;
    static final int SHORT = 40;

    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetection.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("langdetect-183.bin is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LanguageDetection() {
    }

    /** The language of {@code text}; {@code fallback} when it is too short to tell or in none of the five. */
    public static Language detect(String text, Language fallback) {
        if (text == null) {
            return fallback;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                }
            }
        }
        if (letters > 0 && cyrillic * 10 >= letters * 3) {
            return Language.RU;
        }
        if (letters < SHORT) {
            return fallback;
        }
        for (var candidate : new LanguageDetectorME(Model.INSTANCE).predictLanguages(sample)) {
            Language language = Language.ofIso3(candidate.getLang());
            if (language != null && language != Language.RU) {
                return language;
            }
        }
        return fallback;
    }
}
