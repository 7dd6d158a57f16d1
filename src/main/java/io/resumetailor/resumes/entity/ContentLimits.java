package io.resumetailor.resumes.entity;

/**
 * Upper bounds for every text and list of a {@link ResumeContent}. Far above any real
 * resume (a long academic CV fits), and low enough that no request can make rendering,
 * scoring or a model prompt run away: the largest content allowed is about 0.5 MB of text,
 * where a 3.5 MB content used to take 32 s of CPU to export as 700 PDF pages.
 */
public final class ContentLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 255;
    public static final int PHONE = 50;
    public static final int LOCATION = 200;
    public static final int URL = 2048;
    public static final int SUMMARY = 5_000;
    public static final int EXPERIENCE_ENTRIES = 60;
    public static final int ORGANISATION = 300;
    public static final int DESCRIPTION = 5_000;
    public static final int PROJECTS = 30;
    public static final int PROJECT = 300;
    public static final int LINKS = 10;
    public static final int EDUCATION_ENTRIES = 30;
    public static final int SKILLS = 200;
    public static final int SKILL = 100;
    public static final int CERTIFICATIONS = 60;
    public static final int LANGUAGES = 30;
    public static final int LANGUAGE = 100;

    private ContentLimits() {
    }
}
