package io.resumetailor.resumes.control;

import java.util.List;

/** The words that share a baseline on a page, left to right, possibly from several columns. */
record PdfRow(float baseline, List<PdfWord> words) {

    float size() {
        float size = 0;
        for (PdfWord word : words) {
            size = Math.max(size, word.size());
        }
        return size;
    }

    float top() {
        return baseline - size() * 0.8f;
    }
}
