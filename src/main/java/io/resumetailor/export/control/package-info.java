/** Renderers: the layout of a resume as blocks, PDF (PDFBox), DOCX (POI), JSON Resume; safe file names. */
package io.resumetailor.export.control;
