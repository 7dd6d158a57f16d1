package io.resumetailor.matching.entity;

import java.util.List;

/**
 * A requirement the resume does not evidence in full: how many points the score would gain
 * if it did, how much of it the resume does state ({@code coverage}, 0 to 1 exclusive: some
 * of its words in one line, a lower language level, fewer years) and where ({@code evidence},
 * empty when coverage is 0). The partial coverage already counts in the score.
 */
public record MissingRequirement(Requirement requirement, int gain, double coverage, List<Evidence> evidence) {

    public MissingRequirement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
