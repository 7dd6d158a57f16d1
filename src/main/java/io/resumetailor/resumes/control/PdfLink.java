package io.resumetailor.resumes.control;

/** A link annotation's target and where it sits on its page (top-down coordinates, like the glyphs). */
record PdfLink(String target, float left, float top, float right, float bottom) {

    boolean covers(PdfWord word) {
        float wordTop = word.baseline() - word.size() * 0.8f;
        float wordBottom = word.baseline() + word.size() * 0.2f;
        return word.right() > left && word.x() < right && wordBottom > top && wordTop < bottom;
    }
}
