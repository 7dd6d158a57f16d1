package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in parser: structures a resume's text without a language model. It finds
 * section headings (English, German, French, Spanish, Russian), contacts in the header,
 * date ranges, and splits entries at their dates. It never invents: what it cannot find
 * is left out and named in {@link Result#uncertain()}; a resume without a name or an
 * email cannot be stored and is refused.
 */
public final class HeuristicResumeParser {

    public record Result(ResumeContent content, List<String> uncertain) {
    }

    enum Section { SUMMARY, EXPERIENCE, EDUCATION, SKILLS, CERTIFICATIONS, LANGUAGES, PROJECTS, CONTACT, OTHER }

    static final Map<Section, Set<String>> HEADINGS = new EnumMap<>(Section.class);

    static {
        HEADINGS.put(Section.SUMMARY, Set.of("summary", "profile", "professional summary", "about", "about me", "objective",
                "profil", "zusammenfassung", "über mich", "kurzprofil", "résumé", "profil professionnel", "à propos",
                "perfil", "resumen", "perfil profesional", "sobre mí", "о себе", "резюме", "профиль", "обо мне"));
        HEADINGS.put(Section.EXPERIENCE, Set.of("experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career", "berufserfahrung", "erfahrung", "beruflicher werdegang",
                "expérience", "expérience professionnelle", "expériences professionnelles", "experiencia",
                "experiencia laboral", "experiencia profesional", "опыт работы", "опыт", "профессиональный опыт"));
        HEADINGS.put(Section.EDUCATION, Set.of("education", "academic background", "studies", "ausbildung", "bildung",
                "studium", "bildungsweg", "formation", "éducation", "études", "educación", "formación", "estudios",
                "образование"));
        HEADINGS.put(Section.SKILLS, Set.of("skills", "technical skills", "key skills", "competencies", "core competencies",
                "technologies", "kenntnisse", "fähigkeiten", "kompetenzen", "fachkenntnisse", "compétences",
                "compétences techniques", "habilidades", "competencias", "conocimientos", "навыки", "ключевые навыки",
                "технические навыки", "компетенции"));
        HEADINGS.put(Section.CERTIFICATIONS, Set.of("certifications", "certificates", "licenses", "licenses & certifications",
                "licenses and certifications", "zertifikate", "zertifizierungen", "certificats", "certificaciones",
                "certificados", "сертификаты", "сертификация"));
        HEADINGS.put(Section.LANGUAGES, Set.of("languages", "language skills", "sprachen", "sprachkenntnisse", "langues",
                "idiomas", "языки", "знание языков", "владение языками"));
        HEADINGS.put(Section.PROJECTS, Set.of("projects", "personal projects", "projekte", "projets", "proyectos", "проекты"));
        HEADINGS.put(Section.CONTACT, Set.of("contact", "contacts", "contact information", "kontakt", "coordonnées",
                "contacto", "контакты"));
        HEADINGS.put(Section.OTHER, Set.of("interests", "hobbies", "references", "awards", "publications", "volunteering",
                "interessen", "hobbys", "centres d'intérêt", "intereses", "интересы", "хобби"));
    }

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    static final Pattern LINKEDIN = Pattern.compile("(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/in/[\\w%.-]+/?");
    static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s|,;]+");
    static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s().-]{6,}\\d");
    static final Pattern SEPARATORS = Pattern.compile("\\s*(?:\\||·|•|⋅|●|;|\\s{3,})\\s*");
    static final Pattern TITLE_SPLIT = Pattern.compile("\\s+(?:at|@|bei|chez|en|в)\\s+|\\s*[|—–]\\s*|\\s+-\\s+|,\\s+");
    static final Pattern POSITION_WORDS = Pattern.compile("(?iu)\\b(engineer|developer|manager|lead|analyst|designer|"
            + "consultant|intern|architect|director|head|specialist|scientist|administrator|officer|programmer|tester|"
            + "owner|cto|ceo|vp|founder|entwickler|ingenieur|leiter|berater|développeur|ingénieur|chef|responsable|"
            + "desarrollador|ingeniero|gerente|jefe|разработчик|инженер|руководитель|менеджер|аналитик|программист)");
    static final Pattern INSTITUTION_WORDS = Pattern.compile("(?iu)(university|universität|universite|université|universidad|"
            + "университет|institute|institut|college|school|academy|hochschule|école|escuela|институт|академия|"
            + "polytechnic|politecnico)");
    static final Pattern DEGREE_WORDS = Pattern.compile("(?iu)\\b(bachelor|master|b\\.?sc|m\\.?sc|b\\.?a|m\\.?a|ph\\.?d|mba|"
            + "diploma|diplom|diplôme|licence|licenciatura|licenciado|doctorate|doctorado|máster|maestría|grado|ingénieur|"
            + "bakalavr|бакалавр|магистр|специалист|аспирантура|abitur|bts|dut)(?![\\p{L}])");
    static final Pattern LABEL_PREFIX = Pattern.compile("^[\\p{L} &/]{2,30}:\\s+");

    private HeuristicResumeParser() {
    }

    public static Result parse(ExtractedText text) {
        List<String> uncertain = new ArrayList<>();
        List<String> header = new ArrayList<>();
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        Section current = null;
        for (String raw : text.lines()) {
            String line = raw.strip();
            Optional<Section> heading = heading(line);
            if (heading.isPresent()) {
                current = heading.get();
                sections.computeIfAbsent(current, s -> new ArrayList<>());
                continue;
            }
            if (current == null || current == Section.CONTACT) {
                header.add(line);
            } else {
                sections.get(current).add(line);
            }
        }
        PersonalInfo person = person(header, text, uncertain);
        String summary = sections.containsKey(Section.SUMMARY)
                ? String.join(" ", sections.get(Section.SUMMARY).stream().map(HeuristicResumeParser::unbullet).toList()).strip()
                : null;
        List<ExperienceEntry> experience = experience(sections.getOrDefault(Section.EXPERIENCE, List.of()), uncertain);
        List<EducationEntry> education = education(sections.getOrDefault(Section.EDUCATION, List.of()), uncertain);
        List<String> skills = skills(sections.getOrDefault(Section.SKILLS, List.of()));
        List<CertificationEntry> certifications = certifications(sections.getOrDefault(Section.CERTIFICATIONS, List.of()));
        List<ResumeLanguage> languages = languages(sections.getOrDefault(Section.LANGUAGES, List.of()), uncertain);
        if (sections.containsKey(Section.PROJECTS)) {
            uncertain.add("projects: a separate projects section is not mapped; add projects to an experience entry");
        }
        if (!sections.containsKey(Section.EXPERIENCE)) {
            uncertain.add("experience: no experience section found");
        }
        if (!sections.containsKey(Section.SKILLS)) {
            uncertain.add("skills: no skills section found");
        }
        ResumeContent content = new ResumeContent(person, summary == null || summary.isEmpty() ? null : summary, experience,
                education, skills, certifications.isEmpty() ? null : certifications, languages.isEmpty() ? null : languages);
        return new Result(content, List.copyOf(uncertain));
    }

    static Optional<Section> heading(String line) {
        if (line.length() > 45 || line.startsWith(ExtractedText.BULLET)) {
            return Optional.empty();
        }
        String normalized = line.toLowerCase(Locale.ROOT).replaceAll("[:：]$", "").replaceAll("\\s+", " ").strip();
        for (var entry : HEADINGS.entrySet()) {
            if (entry.getValue().contains(normalized)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    static PersonalInfo person(List<String> header, ExtractedText text, List<String> uncertain) {
        List<String> tokens = new ArrayList<>();
        for (String line : header) {
            for (String token : SEPARATORS.split(unbullet(line))) {
                if (!token.isBlank()) {
                    tokens.add(token.strip());
                }
            }
        }
        String all = String.join("\n", header);
        String email = find(EMAIL, all).or(() -> find(EMAIL, text.text())).orElse(null);
        String linkedin = find(LINKEDIN, all).or(() -> text.links().stream().filter(l -> LINKEDIN.matcher(l).find()).findFirst())
                .map(HeuristicResumeParser::withScheme).orElse(null);
        String website = null;
        for (String token : tokens) {
            Matcher url = URL.matcher(token);
            if (url.find() && !LINKEDIN.matcher(url.group()).find() && !url.group().contains("@")) {
                website = withScheme(url.group());
                break;
            }
        }
        String phone = null;
        for (String token : tokens) {
            Matcher candidate = PHONE.matcher(token);
            if (candidate.find() && candidate.group().replaceAll("\\D", "").length() >= 7
                    && MonthRange.find(token).isEmpty()) {
                phone = candidate.group().strip();
                break;
            }
        }
        String name = null;
        String location = null;
        for (String token : tokens) {
            boolean contact = EMAIL.matcher(token).find() || URL.matcher(token).find() || LINKEDIN.matcher(token).find()
                    || (phone != null && token.contains(phone)) || token.matches(".*\\d{3,}.*");
            if (contact) {
                continue;
            }
            String clean = LABEL_PREFIX.matcher(token).replaceFirst("");
            if (name == null && clean.matches("[\\p{L}'’. -]{3,60}") && clean.split("\\s+").length >= 2
                    && clean.split("\\s+").length <= 5) {
                name = clean;
            } else if (name != null && location == null && clean.matches("[\\p{L}'’. ,-]{2,80}")
                    && !POSITION_WORDS.matcher(clean).find() && clean.length() < 60) {
                location = clean;
            }
        }
        if (name == null) {
            throw ImportProblems.unreadable("No name was found at the top of the resume; add it and upload again.");
        }
        if (email == null) {
            throw ImportProblems.unreadable("No email address was found in the resume; add one and upload again.");
        }
        if (location != null) {
            uncertain.add("personalInfo.location");
        }
        if (website != null) {
            uncertain.add("personalInfo.website");
        }
        return new PersonalInfo(name, email, phone, location, linkedin, website);
    }

    static List<ExperienceEntry> experience(List<String> lines, List<String> uncertain) {
        List<ExperienceEntry> entries = new ArrayList<>();
        List<Block> blocks = blocks(lines, uncertain, "experience");
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String[] title = positionAndCompany(block.title());
            if (title == null) {
                uncertain.add("experience[" + i + "]: position or company not recognised in \"" + String.join(" ", block.title()) + "\"; entry left out");
                continue;
            }
            List<String> description = new ArrayList<>();
            List<ExperienceLink> links = new ArrayList<>();
            for (String line : block.body()) {
                Matcher url = URL.matcher(line);
                if (url.find() && unbullet(line).strip().equals(url.group())) {
                    String target = withScheme(url.group());
                    links.add(new ExperienceLink(host(target), target));
                } else {
                    description.add(line.startsWith(ExtractedText.BULLET) ? "- " + unbullet(line) : line);
                }
            }
            if (block.range().approximate()) {
                uncertain.add("experience[" + entries.size() + "].startDate");
            }
            entries.add(new ExperienceEntry(title[1], title[0], block.range().start(), block.range().end(),
                    String.join("\n", description), null, links.isEmpty() ? null : links));
        }
        return entries;
    }

    static List<EducationEntry> education(List<String> lines, List<String> uncertain) {
        List<EducationEntry> entries = new ArrayList<>();
        for (Block block : blocks(lines, uncertain, "education")) {
            List<String> parts = new ArrayList<>();
            for (String line : block.title()) {
                for (String part : line.split("\\s*[|—–]\\s*|\\s+-\\s+|,\\s+")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
            for (String line : block.body()) {
                parts.add(unbullet(line));
            }
            String institution = parts.stream().filter(p -> INSTITUTION_WORDS.matcher(p).find()).findFirst().orElse(null);
            String degreeText = parts.stream().filter(p -> DEGREE_WORDS.matcher(p).find()).findFirst().orElse(null);
            if (institution == null && degreeText != null) {
                institution = parts.stream().filter(p -> !p.equals(degreeText)).findFirst().orElse(null);
                uncertain.add("education[" + entries.size() + "].institution");
            }
            if (institution == null || degreeText == null) {
                uncertain.add("education[" + entries.size() + "]: degree or institution not recognised; entry left out");
                continue;
            }
            String degree = degreeText;
            String field = null;
            Matcher in = Pattern.compile("(?iu)^(.+)\\s+(?:in|en|de|по)\\s+(.+)$").matcher(degreeText);
            if (in.matches() && DEGREE_WORDS.matcher(in.group(1)).find()) {
                degree = in.group(1).strip();
                field = in.group(2).strip();
            }
            entries.add(new EducationEntry(institution, degree, field, block.range().start(), block.range().end()));
        }
        return entries;
    }

    record Block(List<String> title, MonthRange range, List<String> body) {
    }

    /**
     * Splits a section into entries at the lines that carry a date range. The title is what
     * precedes the date on its line, or else the one or two non-bullet lines before it.
     */
    static List<Block> blocks(List<String> lines, List<String> uncertain, String section) {
        List<Block> blocks = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> title = null;
        MonthRange range = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            Optional<MonthRange> found = line.startsWith(ExtractedText.BULLET) ? Optional.empty() : MonthRange.find(line);
            if (found.isPresent()) {
                String rest = (line.substring(0, found.get().from()) + " " + line.substring(found.get().to()))
                        .replaceAll("^[\\s,|—–()-]+|[\\s,|—–()-]+$", "").strip();
                List<String> newTitle = new ArrayList<>();
                int keep = rest.isEmpty() ? 2 : 1;
                int cut = Math.max(0, pending.size() - keep);
                if (range != null) {
                    body.addAll(pending.subList(0, cut));
                    blocks.add(new Block(title, range, body));
                }
                newTitle.addAll(pending.subList(cut, pending.size()));
                if (!rest.isEmpty()) {
                    newTitle.add(rest);
                }
                title = newTitle;
                range = found.get();
                body = new ArrayList<>();
                pending = new ArrayList<>();
            } else if (range != null && line.startsWith(ExtractedText.BULLET)) {
                body.addAll(pending);
                pending = new ArrayList<>();
                body.add(line);
            } else {
                pending.add(line);
            }
        }
        if (range != null) {
            body.addAll(pending);
            blocks.add(new Block(title, range, body));
        } else if (!pending.isEmpty()) {
            uncertain.add(section + ": no dates found, so its entries could not be separated");
        }
        return blocks;
    }

    /** [position, company], or null when the title does not contain both. */
    static String[] positionAndCompany(List<String> title) {
        List<String> parts = new ArrayList<>();
        boolean at = false;
        for (String line : title) {
            at |= line.matches("(?iu).*\\s(?:at|@|bei|chez|в)\\s.*");
            for (String part : TITLE_SPLIT.split(line)) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        String first = parts.get(0);
        String second = parts.get(1);
        if (!at && !POSITION_WORDS.matcher(first).find() && POSITION_WORDS.matcher(second).find()) {
            return new String[]{second, first};
        }
        return new String[]{first, second};
    }

    static List<String> skills(List<String> lines) {
        Set<String> skills = new LinkedHashSet<>();
        for (String line : lines) {
            String clean = LABEL_PREFIX.matcher(unbullet(line)).replaceFirst("");
            for (String item : clean.split("\\s*[,;|•·]\\s*")) {
                String skill = item.strip().replaceAll("\\.$", "");
                if (!skill.isEmpty() && skill.length() <= 60) {
                    skills.add(skill);
                }
            }
        }
        return List.copyOf(skills);
    }

    static List<CertificationEntry> certifications(List<String> lines) {
        List<CertificationEntry> entries = new ArrayList<>();
        for (String line : lines) {
            String clean = unbullet(line);
            String date = null;
            Optional<MonthRange> when = MonthRange.single(clean);
            if (when.isPresent()) {
                date = when.get().start();
                clean = (clean.substring(0, when.get().from()) + clean.substring(when.get().to()))
                        .replaceAll("[\\s,|—–()-]+$", "").replaceAll("\\(\\s*\\)", "").strip();
            }
            String[] parts = clean.split("\\s+[—–-]\\s+|,\\s+|\\s*\\|\\s*", 2);
            if (!parts[0].isBlank()) {
                entries.add(new CertificationEntry(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, date));
            }
        }
        return entries;
    }

    static List<ResumeLanguage> languages(List<String> lines, List<String> uncertain) {
        List<ResumeLanguage> entries = new ArrayList<>();
        for (String line : lines) {
            for (String item : unbullet(line).split("\\s*[,;|•·]\\s*")) {
                Matcher m = Pattern.compile("^(\\p{L}[\\p{L} ]*?)\\s*(?:[:—–-]|\\()\\s*([^)]+?)\\)?$").matcher(item.strip());
                if (m.matches()) {
                    entries.add(new ResumeLanguage(m.group(1).strip(), m.group(2).strip()));
                } else if (!item.isBlank()) {
                    uncertain.add("languages: no level for \"" + item.strip() + "\"; left out");
                }
            }
        }
        return entries;
    }

    static String unbullet(String line) {
        return line.startsWith(ExtractedText.BULLET) ? line.substring(ExtractedText.BULLET.length()).strip() : line.strip();
    }

    static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    static String withScheme(String url) {
        String clean = url.replaceAll("[.)]+$", "");
        return clean.matches("(?i)^https?://.*") ? clean : "https://" + clean;
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
