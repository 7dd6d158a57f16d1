package io.resumetailor.tailoring.entity;

import io.resumetailor.matching.entity.MatchExplanation;
import java.util.List;

/** Everything a generation reports besides its content: engine, explanations, guard warnings, entry sources. */
public record TailoringReport(String engine, MatchExplanation before, MatchExplanation after, List<GuardWarning> warnings,
                              List<Integer> experienceSources, List<Integer> educationSources) {
}
