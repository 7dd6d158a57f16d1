package io.resumetailor.tailoring.entity;

import java.util.List;

/**
 * Why a resume scored what it did against a vacancy: every keyword taken from the
 * vacancy, whether it is a must-have, and whether the resume shows it. In an after-score,
 * {@code unevidenced} are keywords the tailored resume mentions but the base resume has no
 * evidence for: they earn nothing.
 */
public record MatchExplanation(int score, List<Keyword> matched, List<Keyword> missing, List<String> unevidenced) {

    public record Keyword(String keyword, boolean mustHave) {
    }
}
