package io.resumetailor.matching.entity;

/** A requirement the resume does not evidence, and how many points the score would gain if it did. */
public record MissingRequirement(Requirement requirement, int gain) {
}
