package io.resumetailor.matching.control;

import java.util.Locale;

/** The five languages whose vacancies and resumes are analysed; {@code iso3} is what the detector answers. */
public enum Language {
    EN("eng"), DE("deu"), FR("fra"), ES("spa"), RU("rus");

    private final String iso3;

    Language(String iso3) {
        this.iso3 = iso3;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Language ofIso3(String iso3) {
        for (Language language : values()) {
            if (language.iso3.equals(iso3)) {
                return language;
            }
        }
        return null;
    }
}
