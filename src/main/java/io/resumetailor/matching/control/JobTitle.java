package io.resumetailor.matching.control;

import java.util.regex.Pattern;

/**
 * The occupation a vacancy's job title names, without what only dresses it: gender markers
 * ("(m/w/d)", "(H/F)", "Koch/Köchin" stays, "Diseñador/a" loses its "/a", "Professeur(e)" its
 * "(e)", "Developpeur·se" its "·se", "Steuerfachangestellte:r" its ":r"), asides in parentheses
 * ("(Band 6)", "(ОАР)") and what follows a dash or a comma (specialty, contract, team:
 * "Pharmacien adjoint – CDI", "Data Analyst, Customer Insights"). A resume whose position
 * titles name that occupation is the first thing a recruiter looks for.
 */
final class JobTitle {

    static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
    static final Pattern GENDER_SUFFIX = Pattern.compile("(?iu)(?<=\\p{L})(?:/(?:a|e|in|innen|-in|ne|se|euse|rice|ка|ца)|[·.:*_](?:e|in|innen|r|se|euse|rice|ne)|\\((?:e|in|ne|se|a)\\))(?![\\p{L}])");
    /** A gender marker written without parentheses: "Fleuriste H/F", "Koch m/w/d", "Nurse M/F". */
    /** The letters of a gender marker ("m/w/d", "H/F", "x/f/m") or its words ("all genders"). */
    static final String GENDER_MARKER = "[hfmwdx](?:\\s*/\\s*[hfmwdx]){1,3}|all genders";
    static final Pattern BARE_GENDER = Pattern.compile("(?iu)(?<![\\p{L}/])(?:" + GENDER_MARKER + ")(?![\\p{L}/])");
    static final Pattern TAIL = Pattern.compile("\\s+[–—-]\\s+|\\s*[,|;]\\s*");
    static final int LONGEST = 80;

    private JobTitle() {
    }

    /** The occupation of a job title, or null when the title is blank or says nothing once cleaned. */
    static String occupation(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String text = GENDER_SUFFIX.matcher(title.strip()).replaceAll("");
        String bare = BARE_GENDER.matcher(PARENTHESES.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (bare.isEmpty()) {
            bare = text.replaceAll("[()]", " ").strip();
        }
        String head = TAIL.split(bare, 2)[0].replaceAll("\\s+", " ").strip();
        if (head.length() > LONGEST) {
            head = head.substring(0, LONGEST).replaceAll("\\s+\\S*$", "");
        }
        return head.isBlank() || head.chars().noneMatch(Character::isLetter) ? null : head;
    }
}
