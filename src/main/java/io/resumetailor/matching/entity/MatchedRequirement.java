package io.resumetailor.matching.entity;

import java.util.List;

/** A requirement the resume evidences, with every place that does. */
public record MatchedRequirement(Requirement requirement, List<Evidence> evidence) {
}
