package io.resumetailor.resumes.control;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;

/**
 * A resume that cannot be stored because neither the document nor the user's profile gives
 * a name or an email. It carries what was read, so that the problem document can hand the
 * partial parse back and a client can let the user complete it instead of starting over.
 */
public class IncompleteResume extends ProblemException {

    private final transient ResumeContent partial;
    private final List<String> uncertain;

    public IncompleteResume(String detail, ResumeContent partial, List<String> uncertain) {
        super(Problem.of("incomplete-resume", "Name or email missing", 422, detail));
        this.partial = partial;
        this.uncertain = List.copyOf(uncertain);
    }

    public ResumeContent partial() {
        return partial;
    }

    public List<String> uncertain() {
        return uncertain;
    }
}
