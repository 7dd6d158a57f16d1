package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import java.util.Set;

/**
 * One line of a resume as evidence: where it is, what it says, its stems, the lexicon
 * concepts it names and, for experience lines, the months of the job it belongs to.
 */
record ResumeLine(Evidence where, AnalyzedText analyzed, Set<String> stems, Set<String> concepts, int experienceEntry) {
}
