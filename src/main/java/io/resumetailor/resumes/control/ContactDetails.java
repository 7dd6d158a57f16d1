package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's email, phone and links. They are looked for in the header (the lines
 * above the first heading) and contact sections first, in the text and behind links
 * ({@code mailto:}, {@code tel:}, an icon that links to a profile), and never in a
 * references section: an email there belongs to someone else.
 */
record ContactDetails(String email, String phone, String linkedin, String website, String location, boolean locationGuessed) {

    static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[\\p{L}]{2,24}", Pattern.UNICODE_CHARACTER_CLASS);
    static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+|00)?\\(?\\+?\\d[\\d\\s().\\-‐‑–/]{5,22}\\d(?!\\w)");
    static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s|,;()<>\"«»“”]+|(?<![\\w@.])(?:linkedin\\.com|github\\.com|gitlab\\.com)/[^\\s|,;()<>\"«»“”]+");
    static final Pattern LINKEDIN = Pattern.compile("(?i)linkedin\\.com/(?:in|pub)/[^\\s|,;()<>\"?#]+");
    private static final Pattern LINKEDIN_OPEN = Pattern.compile("(?i)linkedin\\.com/(?:in|pub)/$");
    private static final Pattern URL_TAIL = Pattern.compile("(?u)[\\p{L}\\d%_-]+/?");
    static final Pattern PHONE_LABEL = Pattern.compile("(?iu)(phone|tel|mobile|mob|cell|handy|telefon|tél|téléphone|portable|"
            + "teléfono|telefono|móvil|movil|celular|whatsapp|телефон|тел|моб)");
    static final Pattern PHONE_LABEL_START = Pattern.compile("(?iu)^\\s*(?:phone|tel|telephone|mobile|mob|cell|handy|telefon|"
            + "telefonnummer|mobil|tél|téléphone|portable|teléfono|telefono|móvil|movil|celular|телефон|тел|моб)\\.?\\s*(?:number|nr\\.?)?\\s*[:：]?");
    /** A line holding nothing but a number in international form: a phone set apart from the header (a sidebar cell). */
    private static final Pattern LONE_NUMBER = Pattern.compile("\\+\\d[\\d\\s().\\-‐‑–/]{8,20}\\d");
    static final Pattern LOCATION_LABEL = Pattern.compile("(?iu)^\\s*(?:address|location|current\\s+location|city|adresse|wohnort|"
            + "anschrift|ort|domicile|dirección|direccion|ubicación|ubicacion|residencia|адрес|город|местоположение)\\s*[:：]\\s*(.+)$");

    static ContactDetails read(List<ResumeSection> sections) {
        return read(sections, List.of());
    }

    /** A line that names a referee: "References:", "Referencias:", "Referenz:", "Références :", "Рекомендации:". */
    private static final Pattern REFERENCE_LABEL = Pattern.compile("(?iu)^\\s*[•·\\-]?\\s*(?:references?|referees?|referencias?|"
            + "referenz(?:en)?|références?|referencia\\s+laboral|рекомендации|рекомендатель|contact\\s+person|ansprechpartner(?:in)?)"
            + "\\s*:");

    /**
     * {@code documentLinks}: every link target of the document, for a profile link or an email
     * that sits on no line of a section (a heading, a picture); none from a references section.
     */
    static ContactDetails read(List<ResumeSection> sections, List<String> documentLinks) {
        List<ResumeLine> ordered = new ArrayList<>();
        List<ResumeLine> header = new ArrayList<>();
        for (ResumeSection section : sections) {
            if (section.kind() == null || section.kind() == Section.CONTACT) {
                header.addAll(section.lines());
            } else if (section.kind() == Section.REFERENCES) {
                header.addAll(aboveHeading(section)); // a contact column read after "References", beside the name
            }
        }
        ordered.addAll(header);
        for (ResumeSection section : sections) {
            if (section.kind() != null && section.kind() != Section.CONTACT && section.kind() != Section.REFERENCES
                    && section.kind() != Section.EXPERIENCE) {
                ordered.addAll(section.lines());
            }
        }
        for (ResumeSection section : sections) { // last: an employer's switchboard and address under a position
            if (section.kind() == Section.EXPERIENCE) {
                ordered.addAll(section.lines());
            }
        }
        List<ResumeLine> contactLines = new ArrayList<>(header);
        for (ResumeLine line : ordered) {
            if (!header.contains(line) && (EMAIL.matcher(line.text()).find() || PHONE_LABEL_START.matcher(line.text()).lookingAt()
                    || line.cells().stream().anyMatch(ContactDetails::loneNumber)
                    || line.line().links().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("tel:")))) {
                contactLines.add(line);
            }
        }
        List<String> referenceLinks = new ArrayList<>();
        for (ResumeSection section : sections) {
            if (section.kind() == Section.REFERENCES) {
                section.lines().stream().filter(line -> !header.contains(line)).forEach(line -> referenceLinks.addAll(line.line().links()));
            }
        }
        List<String> spare = documentLinks.stream().filter(link -> !referenceLinks.contains(link)).toList();
        String email = email(ordered.stream().filter(line -> !roleMailbox(line.text())).toList());
        email = email != null ? email : email(ordered);
        if (email == null) {
            email = spare.stream().filter(l -> l.regionMatches(true, 0, "mailto:", 0, 7)).map(l -> EMAIL.matcher(l.substring(7)))
                    .filter(Matcher::lookingAt).map(Matcher::group).findFirst().orElse(null);
        }
        String linkedin = linkedin(ordered);
        if (linkedin == null) {
            linkedin = spare.stream().map(LINKEDIN::matcher).filter(Matcher::find).map(m -> "https://www." + m.group())
                    .findFirst().orElse(null);
        }
        String labelled = labelledLocation(header);
        String location = labelled != null ? labelled : placeInHeader(header);
        String phone = null;
        for (ResumeLine line : contactLines) { // "floresruben380@gmail.com, 0972 495 723" in the footer: the number beside the address
            if (email != null && phone == null && line.text().contains(email)) {
                phone = phone(List.of(line));
            }
        }
        return new ContactDetails(email, phone != null ? phone : phone(contactLines), linkedin, website(header), location,
                labelled == null && location != null);
    }

    /** "info@alexsa.com.py", "rrhh@…", "kontakt@…": an organisation's mailbox, never the candidate's own. */
    private static final Pattern ROLE_MAILBOX = Pattern.compile("(?iu)(?<![\\w.+-])(?:info|contact|contacto|kontakt|office|admin|"
            + "hello|hola|support|sales|ventas|rrhh|hr|jobs|careers|empleo|recepcion|reception|secretaria|sekretariat)@");

    private static boolean roleMailbox(String text) {
        Matcher m = EMAIL.matcher(text);
        return m.find() && ROLE_MAILBOX.matcher(m.group()).lookingAt();
    }

    /**
     * Lines of a section set higher on its page than its heading: another column the reader
     * reached after the heading ("(435) 469-1870" / "carli@example.com" beside the name, read
     * after "REFERENCES" at the foot of the main column), not the section's content.
     */
    private static List<ResumeLine> aboveHeading(ResumeSection section) {
        if (section.heading() == null || section.heading().line().top() < 0) {
            return List.of();
        }
        TextLine heading = section.heading().line();
        return section.lines().stream()
                .filter(l -> l.line().page() == heading.page() && l.line().top() >= 0 && l.line().top() < heading.top()).toList();
    }

    private static final Pattern MASKED_AT = Pattern.compile("(?iu)\\s*[\\[({]\\s*(?:at|@|arobase|ät|собака)\\s*[\\])}]\\s*");
    private static final Pattern MASKED_DOT = Pattern.compile("(?iu)\\s*[\\[({]\\s*(?:dot|\\.|point|punto|punkt|точка)\\s*[\\])}]\\s*");

    /** An at sign set apart by spaces between a mailbox and a domain. */
    private static final Pattern SPACED_AT = Pattern.compile("(?<=[\\p{L}\\d._+-])\\s+@\\s+(?=[\\p{L}\\d-]+\\.[\\p{L}\\d.-]*[\\p{L}\\d])");

    /** An address written against harvesters, "florian[.]hebert[at]gmail.com", "jane (at) example (dot) org", as it is meant. */
    static String unmasked(String text) {
        text = SPACED_AT.matcher(text).replaceAll("@"); // "m.petit @ surrey.ac.uk"
        if (text.indexOf('[') < 0 && text.indexOf('(') < 0 && text.indexOf('{') < 0) {
            return text;
        }
        String at = MASKED_AT.matcher(text).replaceAll("@");
        return at.equals(text) ? text : MASKED_DOT.matcher(at).replaceAll(".");
    }

    /**
     * The first email shown on a line, or behind a mailto: link on it. The link wins over the
     * shown address at the same domain: a text layer can lose letters the link keeps (a
     * ligature without a Unicode mapping turns "gromoff97" into "gromo97").
     */
    static String email(List<ResumeLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            if (REFERENCE_LABEL.matcher(line.text()).lookingAt()) {
                continue; // "Referencias: cynthia@employer.example" under a job: the referee's address
            }
            String linked = null;
            for (String link : line.line().links()) {
                if (link.regionMatches(true, 0, "mailto:", 0, 7)) {
                    Matcher target = EMAIL.matcher(unmasked(link.substring(7).replaceFirst("^/+", "")));
                    if (target.find() && target.start() == 0) {
                        linked = target.group();
                        break;
                    }
                }
            }
            Matcher m = EMAIL.matcher(unmasked(i + 1 < lines.size() ? unwrapped(line.text().strip(), lines.get(i + 1).text().strip())
                    : line.text()));
            if (m.find()) {
                String shown = m.group().replaceAll("^[.']+|[.']+$", "");
                return linked != null && domain(linked).equalsIgnoreCase(domain(shown)) ? linked : shown;
            }
            if (linked != null) {
                return linked;
            }
        }
        return null;
    }

    /** The common endings an address broken by a narrow column was cut from ("...@hotmail.c" / "om.ar"). */
    private static final Pattern COMMON_ENDING = Pattern.compile("(?i)(?:com|org|net|edu|gov|info)(?:\\.[a-z]{2})?");
    private static final Pattern FRAGMENT = Pattern.compile("(?i)[a-z]{1,3}(?:\\.[a-z]{2})?");

    /**
     * A line that ends in an address a narrow column wrapped: the address ends in a piece of a
     * common ending ("marcelo@hotmail.c") and the next line is the rest of it, alone ("om.ar"):
     * the two joined; otherwise the line as it is.
     */
    static String unwrapped(String text, String next) {
        int at = text.lastIndexOf('@');
        int dot = text.lastIndexOf('.');
        if (at < 0 || dot < at || text.substring(at).contains(" ") || !FRAGMENT.matcher(next).matches()) {
            return text;
        }
        String cut = text.substring(dot + 1);
        return cut.length() <= 2 && COMMON_ENDING.matcher(cut + next).matches() && !COMMON_ENDING.matcher(cut).matches()
                ? text + next : text;
    }

    private static String domain(String email) {
        return email.substring(email.indexOf('@') + 1);
    }

    /**
     * A cell that holds a phone number and nothing else, wherever the layout put it (a contact
     * block read after the main column, "Lille, France ‖ +33 6 09 42 99 87"): an international
     * number, or nine digits and more grouped as phone numbers are ("(636) 497-5595"), with no
     * group that is a year ("03.2019 05.2022", "2014 2016 2018") and no two dates.
     */
    /** A group of digits that is a year of this or the last century: dates, not a phone number. */
    private static final Pattern YEAR_GROUP = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    static boolean loneNumber(String cell) {
        String t = cell.strip();
        if (LONE_NUMBER.matcher(t).matches() || t.matches("0[1-9]\\d{8}")) {
            return true; // "0646778522": ten digits from a leading zero, a national number written without spaces
        }
        Matcher m = PHONE.matcher(t);
        return m.matches() && t.replaceAll("\\D", "").length() >= 9 && plausible(clean(t)) && !t.matches("[\\d.]+")
                && !YEAR_GROUP.matcher(t).find() && MonthRange.points(t).size() < 2 && !t.matches("[\\d\\-]+-\\d") ; // "03.2019 05.2022", an ISBN
    }

    /** A number labelled as a phone or behind a tel: link first, then the first plausible number in the header. */
    private static final Pattern ID_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:c[ée]dula|dni|nie|nif|rut|curp|rfc|pasaporte|passport|"
            + "passeport|reisepass|personalausweis|ausweis|ssn|social\\s+security|n[°º]\\s+de\\s+s[ée]curit[ée]|паспорт|инн|снилс|"
            + "identit[yéeä]|identidad|id\\s*(?:no|number|nr)?)(?![\\p{L}])");

    /** A whole date in the number: a birth date, not a phone. */
    private static final Pattern BIRTH_DATE = Pattern.compile("(?<!\\d)\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}(?!\\d)");
    private static final Pattern BIRTH_LABEL = Pattern.compile("(?iu)(?:date\\s+of\\s+birth|born|d\\.?o\\.?b\\.?|geburtsdatum|geboren|"
            + "date\\s+de\\s+naissance|n[ée]e?\\s+le|fecha\\s+de\\s+nacimiento|nacid[oa]|дата\\s+рождения)\\s*[:.]?\\s*$");

    /** The identifiers of publications, just before a number ("No." is left out: "Mobile No: …" labels a phone). */
    private static final Pattern REFERENCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:arxiv|doi|isbn|issn|pmid|pmcid|hal|vol|pp)[.:]?\\s*(?:\\S*/)?$");

    static String phone(List<ResumeLine> header) {
        String first = null;
        for (ResumeLine line : header) {
            for (int c = 0; c < line.cells().size(); c++) {
                String cell = line.cells().get(c);
                Matcher m = PHONE.matcher(cell);
                while (m.find()) {
                    String candidate = clean(m.group());
                    if (!plausible(candidate)) {
                        continue;
                    }
                    String before = cell.substring(0, m.start());
                    if (before.isBlank() && c > 0) {
                        before = line.cells().get(c - 1); // "Teléfono" | "02-2409868": the label in a cell of its own
                    }
                    if (ID_LABEL.matcher(before).find()) {
                        continue; // "Cédula de Identidad | 172036467-6": an identity number, not a phone
                    }
                    if (BIRTH_DATE.matcher(m.group()).find() || BIRTH_LABEL.matcher(before).find()) {
                        continue; // "Date of birth: 27/10/1999 (18 years old)"
                    }
                    if (REFERENCE.matcher(before).find()) {
                        continue; // "arXiv:2603.26416", "doi: 10.1093/…", "ISBN 978-3-16-148410-0": a publication's number ("Mobile No:" stays a label)
                    }
                    boolean labelled = PHONE_LABEL.matcher(before).find()
                            || line.line().links().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("tel:"));
                    if (labelled) {
                        return candidate;
                    }
                    first = first == null ? candidate : first;
                }
            }
        }
        if (first == null) {
            for (ResumeLine line : header) {
                for (String link : line.line().links()) {
                    if (link.toLowerCase(Locale.ROOT).startsWith("tel:") && plausible(link.substring(4))) {
                        return clean(link.substring(4));
                    }
                }
            }
        }
        return first;
    }

    static boolean plausible(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() < 7 || digits.length() > 15) {
            return false;
        }
        if (candidate.matches("\\(?\\d{4}\\)?\\s*[-–‐]\\s*\\(?\\d{2,4}\\)?") || MonthRange.find(candidate).isPresent()) {
            return false; // a range of years, not a number
        }
        return !candidate.matches("\\d{1,2}\\s*[./]\\s*\\d{1,2}\\s*[./]\\s*\\d{2,4}"); // "24/04/1991", "24 /04/1991": a date
    }

    static String clean(String phone) {
        String t = phone.strip().replaceAll("[-‐‑–]{2,}", "-").replaceAll("[‐‑–]", "-").replaceAll("\\s+", " ");
        if (t.startsWith("(") && t.indexOf(')') < 0) {
            t = t.substring(1).strip(); // "(680 226 869)" after an address: the bracket, not an area code
        }
        return t;
    }

    /**
     * The profile address behind a link, else as shown; an address the layout broke after a
     * hyphen or a slash ("linkedin.com/in/jane-doe-" / "4b7a21") is joined with the rest on the
     * next line.
     */
    static String linkedin(List<ResumeLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            for (String link : line.line().links()) {
                Matcher m = LINKEDIN.matcher(link);
                if (m.find()) {
                    return "https://www." + m.group().replaceFirst("(?i)^linkedin", "linkedin");
                }
            }
            String shown = line.text().replace(" ", "");
            String next = i + 1 < lines.size() ? lines.get(i + 1).text().strip() : "";
            Matcher m = LINKEDIN.matcher(shown);
            if (m.find()) {
                return "https://www." + (m.end() == shown.length() && brokenAfter(m.group(), next) ? m.group() + next : m.group());
            }
            Matcher open = LINKEDIN_OPEN.matcher(shown);
            if (open.find() && brokenAfter(open.group(), next)) {
                return "https://www." + open.group() + next;
            }
        }
        return null;
    }

    /**
     * The next line is the rest of an address cut at the line's end: one token of address
     * characters after a hyphen, underscore or slash, or one with letters and digits (the
     * code LinkedIn appends) after any letter; a plain word after a whole address is not.
     */
    private static boolean brokenAfter(String shown, String next) {
        if (!URL_TAIL.matcher(next).matches()) {
            return false;
        }
        return shown.matches("(?s).*[-_/]$") || next.matches("(?s).*\\d.*") && next.matches("(?s).*\\p{L}.*");
    }

    static String website(List<ResumeLine> header) {
        for (ResumeLine line : header) {
            for (String link : line.line().links()) {
                if (link.matches("(?i)https?://.+") && !LINKEDIN.matcher(link).find()) {
                    return link;
                }
            }
            Matcher m = URL.matcher(line.text());
            while (m.find()) {
                String url = m.group().replaceAll("[.]+$", "");
                if (!LINKEDIN.matcher(url).find() && !url.contains("@")) {
                    return url.matches("(?i)https?://.*") ? url : "https://" + url;
                }
            }
        }
        return null;
    }

    /** An address the document labels as one ("Wohnort: Berlin"). */
    static String labelledLocation(List<ResumeLine> header) {
        for (ResumeLine line : header) {
            for (String cell : line.cells()) {
                Matcher m = LOCATION_LABEL.matcher(cell);
                if (m.matches() && m.group(1).length() <= 80 && !EMAIL.matcher(m.group(1)).find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /**
     * A header piece shaped like a place ("Kraków, Polska", "Pomona, CA"): a guess from its
     * shape, so the reader names it as a value to check.
     */
    static String placeInHeader(List<ResumeLine> header) {
        for (ResumeLine line : header) {
            for (String cell : line.cells()) {
                for (String piece : cell.split("\\s+[|·•]\\s+|\\s*\\|\\s*")) {
                    String place = piece.strip();
                    if (place.length() <= 60 && place.contains(",") && RoleWords.location(place)) {
                        return place;
                    }
                }
            }
        }
        return null;
    }
}
