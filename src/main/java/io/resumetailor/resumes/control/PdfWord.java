package io.resumetailor.resumes.control;

/** A word rebuilt from glyph positions; {@code size} is its largest glyph (small caps keep their capital's size). */
record PdfWord(String text, float x, float right, float baseline, float size, boolean bold, boolean colored) {
}
