package io.resumetailor.resumes.boundary;

import io.resumetailor.platform.boundary.PageRequest;
import io.resumetailor.platform.boundary.Versions;
import io.resumetailor.platform.entity.PgEnum;
import io.resumetailor.platform.control.NewestFirst;
import io.resumetailor.platform.entity.ListCursor;
import io.resumetailor.platform.entity.Page;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.Resume;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** A user's base resumes. Every lookup is by id and owner: someone else's resume does not exist. */
@Stateless
public class Resumes {

    @PersistenceContext
    EntityManager em;

    public Resume create(UUID userId, ResumeRequest request) {
        String fileName = request.sourceFileName == null ? ResumeRequest.MANUAL_FILE_NAME : request.sourceFileName.trim();
        SourceFileType type = request.sourceFileType == null ? SourceFileType.DOCX
                : PgEnum.fromLabel(SourceFileType.class, request.sourceFileType);
        return store(userId, request.title.trim(), request.content, fileName, type);
    }

    /** Stores a resume whose content was already validated; also the end of a file import. */
    public Resume store(UUID userId, String title, ResumeContent content, String sourceFileName, SourceFileType type) {
        Resume resume = new Resume(userId, title, content, sourceFileName, type);
        em.persist(resume);
        em.flush();
        return resume;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ResumeView> list(UUID userId, PageRequest paging, boolean withContent) {
        return paging.select(new NewestFirst<>(em, Resume.class, "resumes", "user_id", userId, "", "created_at", Resume::getId),
                r -> new ListCursor(r.getCreatedAt(), r.getId()),
                rows -> rows.stream().map(resume -> ResumeView.of(resume, withContent)).toList());
    }

    /** All of the user's resumes, oldest first (the account export). */
    public List<Resume> allOf(UUID userId) {
        return em.createQuery("SELECT r FROM Resume r WHERE r.userId = :userId ORDER BY r.createdAt", Resume.class)
                .setParameter("userId", userId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Resume get(UUID userId, UUID id) {
        return owned(userId, id, LockModeType.NONE);
    }

    public Resume update(UUID userId, UUID id, ResumeRequest request, String ifMatch) {
        Resume resume = owned(userId, id, LockModeType.PESSIMISTIC_WRITE);
        Versions.check(ifMatch, resume.getUpdatedAt());
        resume.revise(request.title.trim(), request.content);
        em.flush();
        return resume;
    }

    /** Deletes the resume; the database cascades to the generations tailored from it. */
    public void delete(UUID userId, UUID id) {
        em.remove(owned(userId, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Resume owned(UUID userId, UUID id, LockModeType lock) {
        Resume resume = em.find(Resume.class, id, lock);
        if (resume == null || !resume.getUserId().equals(userId)) {
            throw ProblemException.notFound("resume");
        }
        return resume;
    }
}
