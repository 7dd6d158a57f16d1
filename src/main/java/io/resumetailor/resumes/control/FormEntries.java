package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries written as forms, one labelled field a line ("Institución: UNLP, La Plata", "Título:
 * Ingeniero Electrónico", "Período: 2015 - 2020"; "Company:", "Position:", "Duration:"), often
 * under a line that names the entry and ends with a colon ("Soporte técnico:"). The date
 * grammar alone cannot find these titles: the lines around the date are labelled, not
 * title-shaped. A form entry counts only with a labelled period that holds a date.
 */
final class FormEntries {

    enum Field { ORGANISATION, POSITION, DEGREE, PERIOD, DESCRIPTION, REFERENCE }

    /** One entry: the line that names it (without its colon, or null) and its labelled fields. */
    record Form(String heading, Map<Field, String> fields, MonthRange range, boolean single) {
    }

    private static final Map<Field, Pattern> LABELS = new EnumMap<>(Field.class);

    static {
        LABELS.put(Field.ORGANISATION, label("institución|institucion|institution|empresa|company|employer|organi[sz]ation|"
                + "organización|organizacion|entreprise|établissement|etablissement|arbeitgeber|unternehmen|firma|"
                + "bildungseinrichtung|организация|компания|учебное\\s+заведение|место\\s+работы|работодатель|"
                + "(?:имя|название|наименование)(?:\\s+и\\s+адрес)?\\s+(?:работодателя|организации|компании|предприятия)"));
        LABELS.put(Field.POSITION, label("cargo|puesto|posición|posicion|position|role|job\\s+title|poste|fonction|stelle|должность"));
        LABELS.put(Field.DEGREE, label("título|titulo|degree|diplôme|diplome|abschluss|qualification|специальность|квалификация"));
        LABELS.put(Field.PERIOD, label("período|periodo|period|dates?|fechas?|duración|duracion|duration|zeitraum|période|"
                + "periode|период|годы|сроки|дата|даты|период\\s+работы|срок\\s+работы"));
        LABELS.put(Field.DESCRIPTION, label("labor\\s+realizada|funciones|tareas|responsabilidades|description|"
                + "responsibilities|tasks|aufgaben|tätigkeiten|missions|обязанности"));
        LABELS.put(Field.REFERENCE, label("referencias?|references?|referees?|referenz(?:en)?|références?|рекомендации"));
    }

    private static Pattern label(String words) {
        // "Puesto:", "Posición | Tutor" in two cells, "EMPRESA | : | Anovo" with the colon in a cell of its own
        return Pattern.compile("(?iu)^[•·\\-\\s]*(?:" + words + ")\\s*(?:(?:\\|\\s*)?:(?:\\s*\\|)?|\\s\\|(?!.*\\s\\|\\s))\\s*(.*)$");
    }

    private static final Pattern NAMING_LINE = Pattern.compile("(?u)^[•·\\-\\s]*(\\p{L}[^:]{1,80}):\\s*$");

    private FormEntries() {
    }

    /** The section's form entries, or none when fewer than two of its lines hold a labelled period. */
    static List<Form> of(ResumeSection section) {
        List<Form> forms = new ArrayList<>();
        String heading = null;
        Map<Field, String> fields = new EnumMap<>(Field.class);
        int periods = 0;
        for (ResumeLine line : section.lines()) {
            String text = line.text().strip();
            Optional<Map.Entry<Field, String>> labelled = labelled(text);
            if (labelled.isEmpty()) {
                Matcher naming = NAMING_LINE.matcher(text);
                if (naming.matches() || namingInBold(line, fields)) {
                    close(heading, fields, forms);
                    heading = naming.matches() ? naming.group(1).strip() : text;
                    fields = new EnumMap<>(Field.class);
                } else if (fields.containsKey(Field.DESCRIPTION)) {
                    fields.merge(Field.DESCRIPTION, text, (a, b) -> a + "\n" + b);
                }
                continue;
            }
            Field field = labelled.get().getKey();
            if (fields.containsKey(field) && field != Field.DESCRIPTION) {
                close(heading, fields, forms); // a field again: the next entry, without a naming line
                heading = null;
                fields = new EnumMap<>(Field.class);
            }
            periods += field == Field.PERIOD ? 1 : 0;
            fields.merge(field, labelled.get().getValue(), (a, b) -> a + "\n" + b);
        }
        close(heading, fields, forms);
        boolean whole = forms.size() == 1 && forms.get(0).fields().containsKey(Field.ORGANISATION)
                && forms.get(0).fields().containsKey(Field.POSITION); // one entry, every field labelled
        return periods >= 2 || whole ? forms : List.of();
    }

    /**
     * "PANAMERICANA LIBRERIA Y PAPELERIA S A" in bold over "Cargo:", "Funciones:", "Fecha:" (a Colombian hoja de vida):
     * a bold line without a colon that opens the section or follows a dated entry names the next entry.
     */
    private static boolean namingInBold(ResumeLine line, Map<Field, String> fields) {
        String text = line.text().strip();
        return line.bold() && !line.bullet() && !text.contains(":") && text.split("\\s+").length <= EntrySplitter.LONGEST_NAME
                && (fields.isEmpty() || fields.containsKey(Field.PERIOD));
    }

    private static Optional<Map.Entry<Field, String>> labelled(String text) {
        for (var label : LABELS.entrySet()) {
            Matcher m = label.getValue().matcher(text);
            if (m.matches()) {
                return Optional.of(Map.entry(label.getKey(), m.group(1).strip()));
            }
        }
        return Optional.empty();
    }

    private static void close(String heading, Map<Field, String> fields, List<Form> forms) {
        String period = fields.get(Field.PERIOD);
        if (period == null) {
            return;
        }
        Optional<MonthRange> range = MonthRange.find(period);
        if (range.isPresent()) {
            forms.add(new Form(heading, Map.copyOf(fields), range.get(), false));
            return;
        }
        MonthRange.single(period).ifPresent(single -> forms.add(new Form(heading, Map.copyOf(fields), single, true)));
    }

    /**
     * A labelled organisation without the places after it ("UNLP, La Plata, Buenos Aires",
     * "Universidad Siglo 21, a distancia"): the name is the first comma item unless the next one
     * names an organisation or a school itself.
     */
    static String organisation(String value) {
        String[] items = value.split("\\s*,\\s+");
        StringBuilder name = new StringBuilder(items[0].strip());
        for (int i = 1; i < items.length; i++) {
            String item = items[i].strip();
            if (RoleWords.organisation(item) && !RoleWords.institution(item) || RoleWords.institution(item)
                    && !RoleWords.institution(name.toString())) {
                name.append(", ").append(item); // "Acme, Inc.", "Facultad de Ingeniería, Universidad de X"
            } else {
                break;
            }
        }
        return TitlePart.clean(name.toString());
    }

    /** A labelled degree without the progress in brackets after it ("Ingeniero Electrónico (avance: 70%)"). */
    static String degree(String value) {
        return TitlePart.clean(PROGRESS.matcher(value).replaceAll(""));
    }

    private static final Pattern PROGRESS = Pattern.compile("\\s*\\([^()]*\\d\\s*%[^()]*\\)\\s*$");
}
