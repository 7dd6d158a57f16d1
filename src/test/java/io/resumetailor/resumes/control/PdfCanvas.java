package io.resumetailor.resumes.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Draws test PDFs the way real generators do: text at absolute positions (y from the top of
 * an A4 page), in any drawing order, letter-spaced, with link annotations. Helvetica, so
 * only WinAnsi characters, except {@link #cyrillic}.
 */
final class PdfCanvas {

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Text(float x, float top, float size, PDFont font, float spacing, String text, int page) {

        Text(float x, float top, float size, PDFont font, float spacing, String text) {
            this(x, top, size, font, spacing, text, 0);
        }
    }

    private record Link(float x, float top, float width, float height, String uri) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private int page;

    /** What is drawn from here on goes on a new page. */
    PdfCanvas nextPage() {
        page++;
        return this;
    }

    PdfCanvas text(float x, float top, float size, String text) {
        add(new Text(x, top, size, REGULAR, 0, text));
        return this;
    }

    /** Text in Liberation Sans (PDFBox's own fallback font, embedded): Cyrillic too, regular weight only. */
    PdfCanvas cyrillic(float x, float top, float size, String text) {
        add(new Text(x, top, size, null, 0, text));
        return this;
    }

    PdfCanvas bold(float x, float top, float size, String text) {
        add(new Text(x, top, size, BOLD, 0, text));
        return this;
    }

    /** Letters set apart by {@code spacing} points, as templates set headings and names. */
    PdfCanvas spaced(float x, float top, float size, float spacing, String text) {
        add(new Text(x, top, size, BOLD, spacing, text));
        return this;
    }

    /**
     * Each letter drawn on its own, {@code factor} times its width after the previous one, as a
     * PDF whose font states too small a size and widths for what it draws (seen with XeLaTeX).
     */
    PdfCanvas stretched(float x, float top, float size, float factor, String text) {
        for (char c : text.toCharArray()) {
            if (c != ' ') {
                add(new Text(x, top, size, BOLD, 0, String.valueOf(c)));
            }
            x += width(BOLD, size, String.valueOf(c)) * factor;
        }
        return this;
    }

    /** Text whose right edge is at {@code right}, as dates pushed to the margin. */
    PdfCanvas right(float right, float top, float size, String text) {
        add(new Text(right - width(REGULAR, size, text), top, size, REGULAR, 0, text));
        return this;
    }

    PdfCanvas link(float x, float top, float width, float height, String uri) {
        links.add(new Link(x, top, width, height, uri));
        return this;
    }

    /** Each text drawn in reverse order of adding, words of a text in separate objects: the stream order says nothing. */
    byte[] scrambled() {
        List<Text> words = new ArrayList<>();
        for (Text t : texts) {
            float x = t.x();
            for (String word : t.text().split(" ")) {
                words.add(new Text(x, t.top(), t.size(), t.font(), t.spacing(), word, t.page()));
                x += width(t.font(), t.size(), word + " ");
            }
        }
        java.util.Collections.reverse(words);
        return render(words);
    }

    private void add(Text t) {
        texts.add(new Text(t.x(), t.top(), t.size(), t.font(), t.spacing(), t.text(), page));
    }

    byte[] pdf() {
        return render(texts);
    }

    private byte[] render(List<Text> drawn) {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            int pages = drawn.stream().mapToInt(Text::page).max().orElse(0) + 1;
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            PDPage page = document.getPage(0);
            float height = PDRectangle.A4.getHeight();
            PDFont liberation = null;
            if (drawn.stream().anyMatch(t -> t.font() == null)) {
                try (var ttf = PdfCanvas.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                    liberation = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, ttf);
                }
            }
            for (int i = 0; i < pages; i++) {
                try (var stream = new PDPageContentStream(document, document.getPage(i))) {
                    for (Text t : drawn) {
                        if (t.page() != i) {
                            continue;
                        }
                        stream.beginText();
                        stream.setFont(t.font() == null ? liberation : t.font(), t.size());
                        stream.setCharacterSpacing(t.spacing());
                        stream.newLineAtOffset(t.x(), height - t.top());
                        stream.showText(t.text());
                        stream.endText();
                    }
                }
            }
            for (Link l : links) {
                var annotation = new PDAnnotationLink();
                annotation.setRectangle(new PDRectangle(l.x(), height - l.top() - l.height(), l.width(), l.height()));
                var action = new PDActionURI();
                action.setURI(l.uri());
                annotation.setAction(action);
                page.getAnnotations().add(annotation);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
