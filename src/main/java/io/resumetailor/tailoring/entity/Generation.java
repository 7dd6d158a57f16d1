package io.resumetailor.tailoring.entity;

import io.resumetailor.platform.entity.Identified;
import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeContentConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/** A resume tailored to one vacancy, with the match score before and after; kept for {@link #RETENTION}. */
@Entity
@Table(name = "generations")
public class Generation extends Identified {

    public static final Duration RETENTION = Duration.ofDays(90);

    @NotNull
    @Column(name = "vacancy_id")
    private UUID vacancyId;

    @NotNull
    @Column(name = "resume_id")
    private UUID resumeId;

    @NotNull
    @Valid
    @Convert(converter = ResumeContentConverter.class)
    private ResumeContent content;

    @Min(0)
    @Max(100)
    @Column(name = "match_score_before")
    private int matchScoreBefore;

    @Min(0)
    @Max(100)
    @Column(name = "match_score_after")
    private int matchScoreAfter;

    @Column(name = "generated_at")
    private LocalDateTime generatedAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    protected Generation() {
    }

    public Generation(UUID vacancyId, UUID resumeId, ResumeContent content, int matchScoreBefore, int matchScoreAfter) {
        this.vacancyId = vacancyId;
        this.resumeId = resumeId;
        this.content = content;
        this.matchScoreBefore = matchScoreBefore;
        this.matchScoreAfter = matchScoreAfter;
    }

    @PrePersist
    void onCreate() {
        if (generatedAt == null) {
            generatedAt = UtcClock.now();
        }
        if (expiresAt == null) {
            expiresAt = generatedAt.plus(RETENTION);
        }
    }

    /** The seed's {@code getDaysUntilExpiration}: whole days left, rounded up, never negative. */
    public long daysUntilExpiration(LocalDateTime nowUtc) {
        return daysUntil(expiresAt, nowUtc);
    }

    public static long daysUntil(LocalDateTime expiresAt, LocalDateTime nowUtc) {
        long millis = Duration.between(nowUtc, expiresAt).toMillis();
        if (millis <= 0) {
            return 0;
        }
        long day = Duration.ofDays(1).toMillis();
        return (millis + day - 1) / day;
    }

    public UUID getVacancyId() {
        return vacancyId;
    }

    public UUID getResumeId() {
        return resumeId;
    }

    public ResumeContent getContent() {
        return content;
    }

    public int getMatchScoreBefore() {
        return matchScoreBefore;
    }

    public int getMatchScoreAfter() {
        return matchScoreAfter;
    }

    public LocalDateTime getGeneratedAt() {
        return generatedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
