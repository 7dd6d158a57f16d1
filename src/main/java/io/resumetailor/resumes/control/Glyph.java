package io.resumetailor.resumes.control;

/**
 * One character drawn on a PDF page, in page coordinates with y growing downwards.
 * {@code right} is where the next character would start, so the gap to it tells a
 * word break from kerning or letter-spacing. {@code colored}: drawn in a colour, not black or grey
 * (templates colour their headings).
 */
record Glyph(String text, float x, float right, float baseline, float size, boolean bold, boolean colored) {

    boolean isSpace() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
