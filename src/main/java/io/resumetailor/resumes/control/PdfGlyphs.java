package io.resumetailor.resumes.control;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDSoftMask;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of each page with their positions, sizes and weight, instead of the
 * text PDFBox would write in content-stream order (which puts one word per line for Word
 * for Mac and interleaves two columns). Bounded for hostile files: the decoded content of a
 * page and of the whole document is measured before it is interpreted, a page holds at most
 * {@value #MAX_GLYPHS_PER_PAGE} glyphs, and the {@link Deadline} is checked while operators
 * run, so a file built to keep PDFBox busy is cut off when its time is up.
 */
final class PdfGlyphs extends PDFTextStripper {

    static final int MAX_GLYPHS_PER_PAGE = 40_000;
    static final long MAX_PAGE_CONTENT_BYTES = 8L << 20;
    static final long MAX_DOCUMENT_CONTENT_BYTES = 32L << 20;
    static final long MAX_OTHER_ENCODED_BYTES = 1L << 20;
    private static final int CHECK_EVERY = 256;

    private final Deadline deadline;
    private final List<List<Glyph>> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> iconFonts = new IdentityHashMap<>();
    private final Set<COSBase> masks = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Glyph> page;
    private PDColor lastColor;
    private boolean lastColored;
    private long contentBytes;
    private int operators;

    PdfGlyphs(Deadline deadline) {
        this.deadline = deadline;
        setSortByPosition(false);
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** The fill colour of the glyph being shown is a colour, not black, white or a grey. */
    private boolean colored() {
        PDColor color = getGraphicsState().getNonStrokingColor();
        if (color == null) {
            return false;
        }
        if (color == lastColor) {
            return lastColored;
        }
        boolean colored;
        try {
            int rgb = color.isPattern() ? 0 : color.toRGB();
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            colored = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
        } catch (IOException | RuntimeException e) {
            colored = false;
        }
        lastColor = color;
        lastColored = colored;
        return colored;
    }

    List<List<Glyph>> pages() {
        return pages;
    }

    @Override
    public void processPage(PDPage pdPage) throws IOException {
        deadline.check();
        measureContent(pdPage);
        super.processPage(pdPage);
    }

    /**
     * Decodes the page's content streams once, counting, and stops at the first byte over a
     * limit. Flate, the filter of nearly every content stream, is inflated here as a stream:
     * PDFBox's own decoding would first inflate the whole stream into memory (a 1 GiB stream
     * from a 2 MB file). Streams under other filters are decoded by PDFBox only when small.
     */
    private void measureContent(PDPage pdPage) throws IOException {
        long pageBytes = 0;
        byte[] buffer = new byte[64 * 1024];
        for (Iterator<PDStream> streams = pdPage.getContentStreams(); streams.hasNext(); ) {
            try (InputStream in = decoded(streams.next().getCOSObject())) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    pageBytes += read;
                    contentBytes += read;
                    if (pageBytes > MAX_PAGE_CONTENT_BYTES || contentBytes > MAX_DOCUMENT_CONTENT_BYTES) {
                        throw ImportProblems.unreadable("The PDF's pages hold far more drawing instructions than a resume.");
                    }
                    deadline.check();
                }
            } catch (ZipException | EOFException e) {
                // a damaged or truncated stream ends here; PDFBox reads what it can of it later
            }
        }
    }

    private static InputStream decoded(COSStream stream) throws IOException {
        COSBase filters = stream.getFilters();
        if (filters == null) {
            return stream.createRawInputStream();
        }
        boolean flate = COSName.FLATE_DECODE.equals(filters) || filters instanceof COSArray array && array.size() == 1
                && COSName.FLATE_DECODE.equals(array.getObject(0));
        if (flate) {
            return new InflaterInputStream(stream.createRawInputStream(), new Inflater(), 64 * 1024);
        }
        if (stream.getLength() > MAX_OTHER_ENCODED_BYTES) {
            throw ImportProblems.unreadable("The PDF's pages hold far more drawing instructions than a resume.");
        }
        return stream.createInputStream();
    }

    @Override
    protected void startPage(PDPage pdPage) {
        page = new ArrayList<>();
        pages.add(page);
        masks.clear();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0) {
            deadline.check();
        }
        super.processOperator(operator, operands);
        if ("gs".equals(operator.getName())) {
            maskedText();
        }
    }

    /**
     * Text drawn as a soft mask: a browser prints a name in gradient colours (CSS {@code background-clip: text}) as a
     * rectangle of the gradient, masked by a group that holds the name's glyphs. The glyphs are what the reader sees, so
     * a mask's text is read too, once per page; a mask without text adds nothing.
     */
    private void maskedText() throws IOException {
        PDSoftMask mask = getGraphicsState().getSoftMask();
        if (mask == null || mask.getGroup() == null || !masks.add(mask.getGroup().getCOSObject())) {
            return;
        }
        PDColor color = lastColor;
        boolean colored = lastColored;
        processSoftMask(mask.getGroup());
        lastColor = color;
        lastColored = colored;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (page == null || text.getDir() != 0 || text.getUnicode() == null || text.getUnicode().isEmpty()) {
            return; // rotated text is decoration (a vertical "Curriculum Vitae"), not reading matter
        }
        PDFont font = text.getFont();
        String unicode = text.getUnicode();
        if ((font != null && iconFonts.computeIfAbsent(font, PdfGlyphs::isIconFont) || isPrivateUse(unicode))
                && !PdfLayout.BULLET.matcher(unicode).matches()) {
            unicode = " "; // an icon before an email or phone is not a digit of it
        }
        float size = size(text.getFontSizeInPt(), text.getHeightDir());
        float x = text.getXDirAdj();
        page.add(new Glyph(unicode, x, x + text.getWidthDirAdj(), text.getYDirAdj(), size,
                font != null && boldFonts.computeIfAbsent(font, PdfGlyphs::isBold), colored()));
        if (page.size() > MAX_GLYPHS_PER_PAGE) {
            throw ImportProblems.tooLong();
        }
    }

    @Override
    protected void writePage() {
        // the glyphs are laid out by PdfLayout, not written in stream order
    }

    /**
     * The glyph's font size, checked against its drawn height: some generators (Word for
     * Mac) scale text through a matrix that makes the nominal size several times too large.
     */
    static float size(float nominal, float height) {
        float fromHeight = height * 1.6f;
        if (height <= 0) {
            return Math.max(nominal, 1f);
        }
        return nominal > fromHeight * 3f || nominal < fromHeight * 0.3f ? fromHeight : nominal;
    }

    static boolean isBold(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.matches(".*(bold|black|heavy|semibold|demi|extrab|,b$|-b$|bd$).*")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    static boolean isIconFont(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.matches(".*(awesome|icons?\\b|icons-|dingbat|wingding|webding|marvosym|academicons|materialsymbols|glyphicons|ionicons|feather).*");
    }

    static boolean isPrivateUse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xE000 && c <= 0xF8FF || Character.isHighSurrogate(c) && text.codePointAt(i) >= 0xF0000) {
                return true;
            }
        }
        return false;
    }
}
