package io.resumetailor.matching.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * A match score (0 to 100) and why: the band it falls in ({@code weak}, {@code fair},
 * {@code good}, {@code strong}), the cap missing must-haves put on it (or null), the
 * requirements matched with their evidence, those missing with what each would add, and,
 * for a tailored resume, the requirements it claims without evidence in the base resume:
 * those earn nothing.
 */
@JsonbNillable
public record MatchExplanation(int score, String band, ScoreCap cap, List<MatchedRequirement> matched,
                               List<MissingRequirement> missing, List<Requirement> unevidenced) {
}
