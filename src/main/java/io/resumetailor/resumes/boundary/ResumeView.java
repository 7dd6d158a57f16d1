package io.resumetailor.resumes.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A resume as clients see it; {@code content} is left out of lists unless asked for. */
public record ResumeView(UUID id, String title, String sourceFileName, String sourceFileType, ResumeContent content,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ResumeView of(Resume resume) {
        return of(resume, true);
    }

    public static ResumeView of(Resume resume, boolean withContent) {
        return new ResumeView(resume.getId(), resume.getTitle(), resume.getSourceFileName(),
                resume.getSourceFileType().label(), withContent ? resume.getContent() : null,
                UtcClock.toOffset(resume.getCreatedAt()), UtcClock.toOffset(resume.getUpdatedAt()));
    }
}
