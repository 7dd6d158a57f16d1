package io.resumetailor.matching.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Set;

/**
 * One thing a vacancy asks for, as a phrase. {@code kind} is one of {@link #KINDS};
 * {@code years} is set for "N years of X"; {@code concept} is the lexicon id when the
 * phrase names a known skill, tool, certificate or licence; {@code origin} says who wrote
 * it: {@code extracted} from the vacancy text, {@code user} (edited by the owner) or
 * {@code model} (proposed by a language model).
 */
@JsonbNillable
public record Requirement(String id, String text, boolean mustHave, String kind, Integer years, String concept,
                          String origin) {

    public static final Set<String> KINDS = Set.of("skill", "tool", "certification", "licence", "experience", "education",
            "language", "phrase");
    public static final String EXTRACTED = "extracted";
    public static final String USER = "user";
    public static final String MODEL = "model";

    public Requirement {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a requirement needs a text");
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown requirement kind " + kind);
        }
        if (!Set.of(EXTRACTED, USER, MODEL).contains(origin)) {
            throw new IllegalArgumentException("unknown requirement origin " + origin);
        }
    }

    public Requirement withId(String newId) {
        return new Requirement(newId, text, mustHave, kind, years, concept, origin);
    }
}
