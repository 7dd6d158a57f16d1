package io.resumetailor.tailoring.boundary;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.entity.Generation;
import io.resumetailor.tailoring.entity.GuardWarning;
import io.resumetailor.tailoring.entity.TailoringReport;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A tailored resume with its scores and why, what the guard reverted, where each entry
 * came from, and how many days until it expires.
 */
public record GenerationView(UUID id, UUID vacancyId, UUID resumeId, int matchScoreBefore, int matchScoreAfter,
                             String engine, MatchExplanation before, MatchExplanation after, List<GuardWarning> warnings,
                             List<Integer> experienceSources, List<Integer> educationSources, ResumeContent content,
                             OffsetDateTime generatedAt, OffsetDateTime expiresAt, long daysUntilExpiry) {

    public static GenerationView of(Generation generation, TailoringReport report, boolean withContent) {
        return new GenerationView(generation.getId(), generation.getVacancyId(), generation.getResumeId(),
                generation.getMatchScoreBefore(), generation.getMatchScoreAfter(),
                report == null ? null : report.engine(), report == null ? null : report.before(),
                report == null ? null : report.after(), report == null ? List.of() : report.warnings(),
                report == null ? List.of() : report.experienceSources(), report == null ? List.of() : report.educationSources(),
                withContent ? generation.getContent() : null, UtcClock.toOffset(generation.getGeneratedAt()),
                UtcClock.toOffset(generation.getExpiresAt()), generation.daysUntilExpiration(UtcClock.now()));
    }
}
