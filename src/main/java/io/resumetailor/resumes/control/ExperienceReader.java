package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ExperienceLink;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Positions held. In each dated entry the employer and the job title are told apart by
 * their words (job titles in five languages, company forms such as GmbH, Inc., ООО) and by
 * markers ("at", "as", labels). When an entry gives no such clue, the order this document
 * uses in its clear entries decides (every entry of a template is drawn the same way);
 * when the document has no clear entry either, the entry is left out and named as
 * uncertain rather than guessed.
 */
final class ExperienceReader {

    private ExperienceReader() {
    }

    /** A title's two roles and whether the position came first in reading order; {@code clear} when words decided it. */
    record Roles(String position, String company, boolean positionFirst, boolean clear) {
    }

    static List<ExperienceEntry> read(List<ResumeSection> sections, List<String> uncertain) {
        List<ExperienceEntry> out = new ArrayList<>();
        for (ResumeSection section : sections) {
            List<Entry> entries = new ArrayList<>(EntrySplitter.split(section, EntrySplitter.Singles.OWN_CELL));
            List<Roles> roles = new ArrayList<>();
            int positionFirst = 0;
            int companyFirst = 0;
            for (int e = 0; e < entries.size(); e++) {
                Entry entry = entries.get(e);
                List<TitlePart> parts = TitleCandidates.of(TitlePart.of(entry.header()));
                Roles r = roles(parts);
                for (int n = 1; r == null && n <= entry.more().size(); n++) {
                    Entry longer = entry.withMore(n);
                    r = roles(TitleCandidates.of(TitlePart.of(longer.header())));
                    if (r != null) {
                        entries.set(e, longer);
                    }
                }
                if (r == null) {
                    r = roles(TitleCandidates.dashSplit(parts));
                }
                roles.add(r);
                if (r != null && r.clear()) {
                    positionFirst += r.positionFirst() ? 1 : 0;
                    companyFirst += r.positionFirst() ? 0 : 1;
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                Roles r = roles.get(i);
                String where = "experience[" + out.size() + "]";
                if (r != null && !r.clear()) {
                    if (positionFirst == companyFirst) {
                        uncertain.add(where + ": employer and position could not be told apart in \"" + title(entry) + "\"; entry left out");
                        continue;
                    }
                    boolean wantPositionFirst = positionFirst > companyFirst;
                    if (wantPositionFirst != r.positionFirst()) {
                        r = new Roles(r.company(), r.position(), wantPositionFirst, false);
                    }
                }
                if (r == null) {
                    uncertain.add(where + ": no employer and position found in \"" + title(entry) + "\"; entry left out");
                    continue;
                }
                if (entry.range().approximate() || entry.single()) {
                    uncertain.add(where + ".startDate");
                }
                if (entry.single()) {
                    uncertain.add(where + ".endDate");
                }
                out.add(new ExperienceEntry(r.company(), r.position(), entry.range().start(), entry.range().end(),
                        description(entry.description()), null, links(entry)));
            }
        }
        return out;
    }

    static Roles roles(List<TitlePart> parts) {
        if (parts.size() < 2) {
            return null;
        }
        TitlePart position = null;
        TitlePart company = null;
        for (TitlePart part : parts) {
            if (part.hint() == TitlePart.Role.POSITION && position == null) {
                position = part;
            } else if (part.hint() == TitlePart.Role.COMPANY && company == null) {
                company = part;
            }
        }
        if (position != null && company != null) {
            return roles(position, company, parts, true);
        }
        List<TitlePart> candidates = parts.subList(0, Math.min(3, parts.size()));
        double best = Double.NEGATIVE_INFINITY;
        TitlePart bestPosition = null;
        TitlePart bestCompany = null;
        for (TitlePart p : candidates) {
            for (TitlePart c : candidates) {
                if (p == c || position != null && p != position || company != null && c != company) {
                    continue;
                }
                double score = evidence(p, c) - 0.01 * (parts.indexOf(p) + parts.indexOf(c));
                if (score > best) {
                    best = score;
                    bestPosition = p;
                    bestCompany = c;
                }
            }
        }
        if (bestPosition == null) {
            return null;
        }
        boolean clear = position != null || company != null || evidence(bestPosition, bestCompany) >= 1
                && evidence(bestCompany, bestPosition) < evidence(bestPosition, bestCompany);
        return roles(bestPosition, bestCompany, parts, clear);
    }

    private static Roles roles(TitlePart position, TitlePart company, List<TitlePart> parts, boolean clear) {
        return new Roles(position.text(), company.text(), parts.indexOf(position) < parts.indexOf(company), clear);
    }

    /** How much the words say that {@code p} is a job title and {@code c} an employer. */
    static double evidence(TitlePart p, TitlePart c) {
        return position(p) - organisation(p) + organisation(c) - position(c);
    }

    private static int position(TitlePart part) {
        return RoleWords.position(part.text()) ? 1 : 0;
    }

    /** Organisation words count only where no job title word is: "Software Engineer" is no company. */
    private static int organisation(TitlePart part) {
        return RoleWords.organisation(part.text()) && !RoleWords.position(part.text()) ? 1 : 0;
    }

    static String title(Entry entry) {
        List<String> texts = new ArrayList<>();
        for (Entry.HeaderLine line : entry.header()) {
            texts.add(String.join(" ", line.cells()).strip());
        }
        String title = String.join(" / ", texts);
        return title.length() > 120 ? title.substring(0, 120) + "…" : title;
    }

    static String description(List<ResumeLine> body) {
        List<String> out = new ArrayList<>();
        for (ResumeLine line : body) {
            String text = line.text().strip();
            if (text.isEmpty() || ContactDetails.URL.matcher(text).matches()) {
                continue;
            }
            if (line.bullet()) {
                out.add("- " + text);
            } else if (!out.isEmpty() && out.get(out.size() - 1).startsWith("- ") && !text.isEmpty()
                    && Character.isLowerCase(text.charAt(0))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
            } else {
                out.add(text);
            }
        }
        return String.join("\n", out);
    }

    static List<ExperienceLink> links(Entry entry) {
        List<ExperienceLink> links = new ArrayList<>();
        List<ResumeLine> lines = new ArrayList<>(entry.description());
        entry.header().forEach(h -> lines.add(h.source()));
        for (ResumeLine line : lines) {
            String text = line.text().strip();
            if (ContactDetails.URL.matcher(text).matches()) {
                String url = text.matches("(?i)https?://.*") ? text : "https://" + text;
                if (io.resumetailor.platform.entity.HttpUrl.Validator.isHttpUrl(url)) {
                    links.add(new ExperienceLink(host(url), url));
                }
            }
        }
        return links.isEmpty() ? null : links;
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
