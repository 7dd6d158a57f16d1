package io.resumetailor.resumes.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name given as two form fields near the top ("Prénom : Aminata" / "Nom : DJIGO",
 * "Vorname: Hans" / "Nachname: Weber", "Nombre: Ana" / "Apellidos: Ruiz Gil", "Имя" /
 * "Фамилия"). Read by layout the two fields are two short lines and the largest name-shaped
 * text is often a heading; the labels say which piece is the given name, so the name is the
 * given name, then the family name, whatever order the form uses. Only a pair counts: a
 * family name alone is no full name.
 */
final class LabelledName {

    /** Form fields sit in the header and personal-details block; a field further down names someone else. */
    private static final int FIRST_LINES = 20;

    private static final Pattern GIVEN = Pattern.compile("(?iu)^[•·*\\-\\s]*(?:prénoms?|prenoms?|vornamen?|first\\s+name|"
            + "given\\s+names?|nombres?|имя|nome)\\s*[:：]\\s*(.+)$");
    /** "Name" beside "Vorname" is the family name on German forms. */
    private static final Pattern FAMILY = Pattern.compile("(?iu)^[•·*\\-\\s]*(?:nom(?:\\s+de\\s+famille)?|nachname|familienname|"
            + "name|apellidos?|last\\s+name|surname|family\\s+name|фамилия|cognome)\\s*[:：]\\s*(.+)$");
    /** A label for the whole name, given and family names in one field ("Apellidos y Nombres: Barrazueta Quizhpe Kevin"). */
    private static final Pattern FULL = Pattern.compile("(?iu)^[•·*\\-\\s]*(?:apellidos\\s+y\\s+nombres|nombres\\s+y\\s+apellidos|"
            + "nombre\\s+completo|nom\\s+et\\s+pr[ée]noms?|pr[ée]noms?\\s+et\\s+nom|full\\s+name|name\\s+and\\s+surname|"
            + "first\\s+and\\s+last\\s+name|vor-\\s+und\\s+(?:nach|zu)name|ф\\.?\\s?и\\.?\\s?о\\.?|фамилия,?\\s+имя,?\\s+отчество|"
            + "nombres?\\s+y\\s+apellidos?|apellidos?\\s+y\\s+nombres?|nom\\s+complet)\\s*[:：]\\s*(.+)$");
    /** "Name: John Smith": one field for the whole name when no given-name field beside it makes it the family name. */
    private static final Pattern NAME_ONLY = Pattern.compile("(?iu)^[•·*\\-\\s]*(?:name|nom|nombre|имя)\\s*[:：]\\s*(.+)$");
    private static final Pattern NAME_PART = Pattern.compile("(?u)\\p{L}[\\p{L}'’.\\-]*(?:\\s+\\p{L}[\\p{L}'’.\\-]*){0,3}");

    private LabelledName() {
    }

    static Optional<String> read(List<ResumeLine> lines) {
        for (int i = 0; i < lines.size() && i < FIRST_LINES; i++) {
            String full = value(FULL, text(lines.get(i)));
            if (full != null && full.split("\\s+").length >= 2) {
                return Optional.of(full);
            }
        }
        String given = null;
        String family = null;
        for (int i = 0; i < lines.size() && i < FIRST_LINES; i++) {
            String text = text(lines.get(i));
            String g = value(GIVEN, text);
            String f = g == null ? value(FAMILY, text) : null;
            if (g != null && given == null) {
                given = g;
            } else if (f != null && family == null) {
                family = f;
            }
        }
        if (given != null && family != null) {
            // "Prénom: Mafalda Bianca Maria" / "Nom: Bertani": three given names are still given names beside a family name
            return Optional.of(given.toLowerCase(Locale.ROOT).contains(family.toLowerCase(Locale.ROOT)) ? given : given + " " + family);
        }
        if (given != null && given.split("\\s+").length >= 3) {
            return Optional.of(given); // "Nombre | CRISTIAN DAVID Pachacama Simbaña": a form's one name field holds the whole name
        }
        if (given == null && family != null) {
            for (int i = 0; i < lines.size() && i < FIRST_LINES; i++) {
                String whole = value(NAME_ONLY, text(lines.get(i)));
                if (whole != null && whole.split("\\s+").length >= 2) {
                    return Optional.of(whole);
                }
            }
        }
        return Optional.empty();
    }

    /** The line's text; a label in a cell of its own ("Nombre" | "Ana Ruiz") reads as "Nombre: Ana Ruiz". */
    private static String text(ResumeLine line) {
        List<String> cells = line.cells();
        if (cells.size() == 2 && !cells.get(0).contains(":") && cells.get(0).strip().split("\\s+").length <= 4) {
            return cells.get(0).strip() + ": " + cells.get(1).strip();
        }
        return String.join(" ", cells).strip();
    }

    private static String value(Pattern label, String text) {
        Matcher m = label.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String value = m.group(1).strip();
        return NAME_PART.matcher(value).matches() && Character.isUpperCase(value.codePointAt(0)) ? value : null;
    }
}
