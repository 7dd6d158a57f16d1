package io.resumetailor.matching.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
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
    /**
     * A resume's language is told from its first 300 characters (its summary, or its first position and duties): the
     * detector's cost grows with the sample (0.58 against 1.14 ms for 600), a resume is detected on every score, and no
     * answer changed against 600 or 1 500 on the 300 labelled resumes of the matching sets, nor on the 111 real resumes
     * of the import corpora as the built-in parser reads them.
     */
    static final int RESUME_SAMPLE = 300;
    static final int SHORT = 40;
    /** The Unicode block Cyrillic, U+0400 to U+04FF, compared directly: {@code Character.UnicodeBlock.of} searches all blocks per letter. */
    static final char CYRILLIC_FIRST = '\u0400';
    static final char CYRILLIC_LAST = '\u04FF';

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
        return detect(text, fallback, SAMPLE);
    }

    /** As {@link #detect(String, Language)}, from the first {@code characters} of the text. */
    static Language detect(String text, Language fallback, int characters) {
        if (text == null) {
            return fallback;
        }
        String sample = text.length() > characters ? text.substring(0, characters) : text;
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= CYRILLIC_FIRST && c <= CYRILLIC_LAST) {
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

    /**
     * The language of {@code text} only when the detector is sure: its first answer (of all 103
     * languages) is one of English, German, French or Spanish with at least {@code minConfidence}.
     * Clean paragraphs score 0.15 to 0.35; a list of tool names or a mix of languages about 0.03;
     * Italian or Dutch answer as themselves, not as the nearest of the five. Russian is for the
     * caller to decide by script.
     */
    public static Optional<Language> detectSure(String text, double minConfidence) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        var best = new LanguageDetectorME(Model.INSTANCE).predictLanguages(sample)[0];
        Language language = Language.ofIso3(best.getLang());
        return language != null && language != Language.RU && best.getConfidence() >= minConfidence
                ? Optional.of(language) : Optional.empty();
    }
}
