package io.resumetailor.matching.entity;

import java.util.List;

/** The ceiling missing must-haves put on a score, why, and which requirements (ids) cause it. */
public record ScoreCap(int score, String reason, List<String> requirements) {
}
