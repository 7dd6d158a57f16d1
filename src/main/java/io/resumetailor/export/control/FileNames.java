package io.resumetailor.export.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * File names safe on every OS: ASCII letters, digits and underscores, at most 100
 * characters, from the person's name (and the company for a generation); the original
 * spelling travels in the RFC 6266 {@code filename*} parameter.
 */
public final class FileNames {

    static final Map<String, String> UNDECOMPOSABLE = Map.of("ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "ß", "ss",
            "đ", "d", "Đ", "D", "æ", "ae", "Æ", "AE", "œ", "oe");

    private FileNames() {
    }

    public static String of(String name, String company, String extension) {
        String base = safe(name) + (company == null ? "_Resume" : "_" + safe(company));
        base = base.replaceAll("^_+", "");
        if (base.isEmpty() || base.equals("_Resume")) {
            base = "Resume";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + extension;
    }

    /**
     * The same name as the person spells it ("Zoë Łukasz – Acme.pdf"), for {@code filename*}:
     * only characters no file system accepts (controls, slashes, quotes, reserved punctuation)
     * are dropped.
     */
    public static String original(String name, String company, String extension) {
        String base = clean(name) + (company == null ? " – Resume" : " – " + clean(company));
        base = base.strip();
        if (base.startsWith("–")) {
            base = base.substring(1).strip();
        }
        if (base.isEmpty()) {
            base = "Resume";
        }
        if (base.codePointCount(0, base.length()) > 100) {
            base = base.substring(0, base.offsetByCodePoints(0, 100));
        }
        return base + "." + extension;
    }

    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Cf}/\\\\:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
    }

    public static String contentDisposition(String fileName, String original) {
        return "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(original, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text;
        for (var entry : UNDECOMPOSABLE.entrySet()) {
            replaced = replaced.replace(entry.getKey(), entry.getValue());
        }
        String folded = Normalizer.normalize(replaced, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
