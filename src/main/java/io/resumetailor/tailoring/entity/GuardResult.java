package io.resumetailor.tailoring.entity;

import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;

/**
 * The tailored resume after the guard, what it reverted ({@code warnings}), and for each
 * tailored experience and education entry the index of the base entry it came from.
 */
public record GuardResult(ResumeContent content, List<GuardWarning> warnings, List<Integer> experienceSources,
                          List<Integer> educationSources) {
}
