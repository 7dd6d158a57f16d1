package io.resumetailor.export.control;

import io.resumetailor.export.entity.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Renders the layout as a PDF with Apache PDFBox: A4, one column, Liberation Sans (SIL
 * Open Font License 1.1, covering Latin Extended, Greek and Cyrillic) embedded as a
 * subset, real text in reading order, words wrapped to the width, a page break only
 * between lines, clickable links, and title and author in the document information.
 */
public final class PdfDocument {

    static final float MARGIN = 56;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private PdfDocument() {
    }

    public static byte[] render(List<Block> blocks, String title, String author) {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "liberation/LiberationSans-Regular.ttf");
            PDFont bold = font(document, "liberation/LiberationSans-Bold.ttf");
            var writer = new Writer(document, regular, bold);
            for (Block block : blocks) {
                RenderDeadline.check();
                writer.block(block);
            }
            writer.close();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("Resume tailoring service");
            info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " not on the classpath");
            }
            return PDType0Font.load(document, new ByteArrayInputStream(withoutGlyphSubstitution(in.readAllBytes())), true);
        }
    }

    /**
     * The font file with its GSUB table hidden (its tag renamed in the table directory).
     * PDFBox 3.0 applies GSUB rules on every {@code showText} and compiles regular
     * expressions for them each time: 7 ms per line, 20 s for a long resume. Liberation
     * Sans's GSUB holds only {@code ccmp} (glyph composition), which Latin and Cyrillic text
     * in precomposed form, as ours is, does not need; the embedded subset is unchanged.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer file = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(file.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (file.getInt(record) == GSUB) {
                file.putInt(record, HIDDEN_GSUB);
            }
        }
        return font;
    }

    private static final int GSUB = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';
    private static final int HIDDEN_GSUB = ('x' << 24) | ('s' << 16) | ('u' << 8) | 'b';

    /** Lays lines out top to bottom, starting a new page when the next line does not fit. */
    static final class Writer {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private PDPage page;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
        }

        void block(Block block) throws IOException {
            if (block instanceof Block.Title title) {
                line(title.text(), bold, 18, 0, 6, null);
            } else if (block instanceof Block.Contact contact) {
                line(contact.text(), regular, 10, 0, 1, contact.link());
            } else if (block instanceof Block.Heading heading) {
                line(heading.text(), bold, 13, 0, 12, null);
            } else if (block instanceof Block.Subheading subheading) {
                line(subheading.text(), bold, 11, 0, 6, null);
            } else if (block instanceof Block.Bullet bullet) {
                line("• " + bullet.text(), regular, 10.5f, 10, 1, null);
            } else {
                line(block.text(), regular, 10.5f, 0, 1, null);
            }
        }

        void line(String text, PDFont font, float size, float indent, float spaceBefore, String link) throws IOException {
            List<String> lines = wrap(text, font, size, WIDTH - indent);
            float leading = size * 1.35f;
            for (int i = 0; i < lines.size(); i++) {
                float before = i == 0 ? spaceBefore : 0;
                if (stream == null || y - before - leading < MARGIN) {
                    newPage();
                    before = 0;
                }
                y -= before + leading;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + indent + (i > 0 && indent > 0 ? 8 : 0), y);
                stream.showText(lines.get(i));
                stream.endText();
                if (link != null) {
                    annotate(link, MARGIN + indent, y - 2, font.getStringWidth(lines.get(i)) / 1000 * size, size + 3);
                }
            }
        }

        void annotate(String uri, float x, float y, float width, float height) throws IOException {
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(new PDRectangle(x, y, width, height));
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            PDActionURI action = new PDActionURI();
            action.setURI(uri);
            annotation.setAction(action);
            page.getAnnotations().add(annotation);
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }

        /**
         * Greedy word wrap. Widths are summed word by word (PDFBox applies no kerning, so
         * the sum is the line's width): measuring each candidate line whole made a long
         * document quadratic in its line length. A word wider than the line is cut.
         */
        static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float currentWidth = 0;
            float space = font.getStringWidth(" ") / 1000 * size;
            for (String whole : text.replaceAll("[\\t\\r\\n]+", " ").split(" ")) {
                for (String word : pieces(whole, font, size, width)) {
                    float wordWidth = font.getStringWidth(word) / 1000 * size;
                    if (!current.isEmpty() && currentWidth + space + wordWidth > width) {
                        lines.add(current.toString());
                        current.setLength(0);
                        currentWidth = 0;
                    }
                    if (!current.isEmpty()) {
                        current.append(' ');
                        currentWidth += space;
                    }
                    current.append(word);
                    currentWidth += wordWidth;
                }
            }
            if (!current.isEmpty() || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        /** The word, or its pieces when it alone is wider than a line. */
        static List<String> pieces(String word, PDFont font, float size, float width) throws IOException {
            if (font.getStringWidth(word) / 1000 * size <= width) {
                return List.of(word);
            }
            List<String> pieces = new ArrayList<>();
            int start = 0;
            float used = 0;
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                String character = word.substring(i, word.offsetByCodePoints(i, 1));
                float characterWidth = font.getStringWidth(character) / 1000 * size;
                if (used + characterWidth > width && i > start) {
                    pieces.add(word.substring(start, i));
                    start = i;
                    used = 0;
                }
                used += characterWidth;
            }
            pieces.add(word.substring(start));
            return pieces;
        }
    }
}
