package io.resumetailor.resumes.control;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;

/** Why a file could not be imported; each a stable problem type. */
public final class ImportProblems {

    private ImportProblems() {
    }

    public static ProblemException unsupportedType(String detail) {
        return new ProblemException(Problem.of("unsupported-file-type", "Unsupported file type", 415, detail));
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(Problem.of("file-too-large", "File too large", 413,
                "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB."));
    }

    public static ProblemException unreadable(String detail) {
        return new ProblemException(Problem.of("unreadable-document", "Unreadable document", 422, detail));
    }

    public static ProblemException tooSlow() {
        return unreadable("The document took too long to read; it is probably not an ordinary resume.");
    }

    public static ProblemException tooLong() {
        return unreadable("The document is far longer than a resume.");
    }

    public static ProblemException encrypted() {
        return new ProblemException(Problem.of("encrypted-document", "Encrypted document", 422,
                "The PDF is encrypted; save it without a password and upload it again."));
    }

    public static ProblemException noText() {
        return new ProblemException(Problem.of("no-text", "No text in the document", 422,
                "The document contains no extractable text (a scanned image?). Upload a PDF or DOCX with real text."));
    }
}
