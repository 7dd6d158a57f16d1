package io.resumetailor.resumes.control;

import io.resumetailor.problems.entity.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * A DOCX's text as a reader meets it: page headers first (where many templates put the
 * name and contacts), then the body — paragraphs split at line breaks, tab stops as cell
 * boundaries, numbered paragraphs as list items, text boxes, tables — then the footers.
 * A table row whose cells each hold one paragraph is one line of cells (a label/value or
 * contact table); a table used for layout, with whole paragraphs per cell, is read cell
 * after cell. Sizes and weights come from the runs and, failing that, the paragraph style.
 */
final class DocxText {

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
    private static final Pattern BULLET_CELL = Pattern.compile("^[•●▪■◦‣∙·\\-–*⋄○◆►▸✓❖➢→★♦◼▶✔➤❯›»◇□▫▹]+$");
    /** A list item typed as text: "- Java", "• Java", "* Java", "– Java". */
    private static final Pattern TEXT_BULLET = Pattern.compile("^(?:[-–•*●▪◦]\\s+(?=\\S)|[*•●▪](?=[\\p{L}\\d]))");
    private static final Pattern FIELD_LINK = Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"");

    private final XWPFDocument document;
    private final DocxStyles styles;
    private final Deadline deadline;
    private final List<TextLine> lines = new ArrayList<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final Set<String> boxes = new HashSet<>();

    private DocxText(XWPFDocument document, Deadline deadline) {
        this.document = document;
        this.styles = new DocxStyles(document);
        this.deadline = deadline;
    }

    static ExtractedText extract(byte[] content, Deadline deadline) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            DocxText text = new DocxText(document, deadline);
            Set<String> seen = new HashSet<>();
            for (XWPFHeader header : document.getHeaderList()) {
                if (seen.add(header.getText())) {
                    text.body(header.getBodyElements(), 0);
                }
            }
            text.body(document.getBodyElements(), 0);
            for (XWPFFooter footer : document.getFooterList()) {
                if (seen.add(footer.getText())) {
                    text.body(footer.getBodyElements(), 0);
                }
            }
            return new ExtractedText(text.lines, List.copyOf(text.links));
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportProblems.unreadable("The DOCX file could not be read (" + DocumentText.reason(e) + ").");
        }
    }

    private void body(List<IBodyElement> elements, int depth) {
        for (IBodyElement element : elements) {
            deadline.check();
            if (lines.size() > DocumentText.MAX_LINES) {
                throw ImportProblems.tooLong();
            }
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph, List.of());
            } else if (element instanceof XWPFTable table && depth < 5) {
                table(table, depth);
            } else if (element instanceof XWPFSDT control) {
                for (String text : control.getContent().getText().split("\\R|\t")) { // a content control around paragraphs
                    if (!clean(text).isEmpty()) {
                        lines.add(TextLine.plain(clean(text)));
                    }
                    if (lines.size() > DocumentText.MAX_LINES) {
                        throw ImportProblems.tooLong();
                    }
                }
            }
        }
    }

    private void table(XWPFTable table, int depth) {
        boolean labelled = labelColumn(table);
        for (XWPFTableRow row : table.getRows()) {
            deadline.check();
            List<XWPFTableCell> cells = cells(row);
            if (labelled && cells.size() > 1 && label(cells.get(0)) != null) {
                int from = lines.size();
                body(cells.get(0).getBodyElements(), depth + 1);
                for (int i = from; i < lines.size(); i++) { // the label is the heading of what the row holds
                    TextLine line = lines.get(i);
                    lines.set(i, new TextLine(line.cells(), line.size(), line.bold(), line.page(), line.top(), line.gapAbove(),
                            line.bullet(), line.outline() >= 0 ? line.outline() : 1, line.links(), line.wraps(), line.colored()));
                }
                for (XWPFTableCell cell : cells.subList(1, cells.size())) {
                    body(cell.getBodyElements(), depth + 1);
                }
            } else if (cells.size() > 1 && cells.stream().allMatch(DocxText::simple)) {
                List<String> texts = new ArrayList<>();
                XWPFParagraph first = null;
                for (XWPFTableCell cell : cells) {
                    List<String> pieces = new ArrayList<>();
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        if (!clean(paragraph.getText()).isEmpty()) {
                            pieces.add(clean(paragraph.getText()));
                            first = first == null ? paragraph : first;
                        }
                    }
                    if (!pieces.isEmpty()) {
                        texts.add(String.join(" ", pieces));
                    }
                }
                if (first != null) {
                    paragraph(first, texts);
                }
            } else {
                for (XWPFTableCell cell : cells) {
                    body(cell.getBodyElements(), depth + 1);
                }
            }
        }
    }

    /** Rows a table needs to be a page laid out with section labels in its first column. */
    static final int LABEL_ROWS = 3;

    /**
     * A page laid out as a table whose first column labels what each row holds ("Hochschulbildung" | the degrees,
     * "Berufliche Tätigkeit" | the jobs), all in body type: at least three rows open with a short label alone in its
     * cell, two of them naming sections. Those labels are the headings, whatever their type.
     */
    private static boolean labelColumn(XWPFTable table) {
        int labels = 0;
        int sections = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = cells(row);
            String label = cells.size() > 1 ? label(cells.get(0)) : null;
            if (label != null) {
                labels++;
                sections += SectionVocabulary.strictSection(label).isPresent() ? 1 : 0;
            }
        }
        return labels >= LABEL_ROWS && sections >= 2;
    }

    /** The cell's text when it is one short paragraph without digits (a label), else null. */
    private static String label(XWPFTableCell cell) {
        List<String> texts = cell.getParagraphs().stream().map(p -> clean(p.getText())).filter(t -> !t.isEmpty()).toList();
        return cell.getTables().isEmpty() && texts.size() == 1 && texts.get(0).split("\\s+").length <= 4
                && !texts.get(0).matches(".*\\d.*") ? texts.get(0) : null;
    }

    /**
     * The row's cells in order, with those a content control wraps ("Escriba el correo
     * electrónico:" around the e-mail cell of a Word template), which POI's cell list leaves out.
     */
    private static List<XWPFTableCell> cells(XWPFTableRow row) {
        List<XWPFTableCell> cells = new ArrayList<>();
        for (ICell cell : row.getTableICells()) {
            if (cell instanceof XWPFTableCell plain) {
                cells.add(plain);
            } else if (cell instanceof XWPFSDTCell control && control.getCTSdtCell().getSdtContent() != null) {
                for (CTTc wrapped : control.getCTSdtCell().getSdtContent().getTcArray()) {
                    cells.add(new XWPFTableCell(wrapped, row, row.getTable().getBody()));
                }
            }
        }
        return cells;
    }

    /**
     * A cell of a table that lays out one entry or a label and its value: no nested table, at
     * most three short paragraphs ("Software Entwicklung" / "Praktikum"), read as one cell.
     * A cell with more is a column of a page laid out as a table, read paragraph by paragraph.
     */
    private static boolean simple(XWPFTableCell cell) {
        List<String> texts = cell.getParagraphs().stream().map(p -> clean(p.getText())).filter(t -> !t.isEmpty()).toList();
        return cell.getTables().isEmpty() && texts.size() <= 3
                && (texts.size() <= 1 || texts.stream().allMatch(t -> t.split("\\s+").length <= 6));
    }

    /** One paragraph, or a table row's cells given as {@code rowCells} with the first paragraph's formatting. */
    private void paragraph(XWPFParagraph paragraph, List<String> rowCells) {
        float[] style = styles.of(paragraph.getStyleID());
        float sizeSum = 0;
        int sized = 0;
        int chars = 0;
        int boldChars = 0;
        int capsChars = 0;
        Set<String> targets = new LinkedHashSet<>();
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            int length = text == null ? 0 : text.strip().length();
            Double size = run.getFontSizeAsDouble();
            if (length > 0) {
                chars += length;
                if (size != null) {
                    sizeSum += size.floatValue() * length;
                    sized += length;
                }
                boldChars += run.isBold() || !hasBoldSetting(run) && style[1] > 0 ? length : 0;
                capsChars += capitals(run, style) ? length : 0;
            }
            if (run instanceof XWPFHyperlinkRun hyperlinkRun) {
                XWPFHyperlink hyperlink = hyperlinkRun.getHyperlink(document);
                if (hyperlink != null && hyperlink.getURL() != null) {
                    targets.add(hyperlink.getURL().strip());
                }
            }
        }
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFSDT control) { // "ruben flores" in a content control, in a style that shows capitals
                int length = control.getContent().getText().strip().length();
                chars += length;
                boldChars += style[1] > 0 ? length : 0;
                capsChars += style[3] > 0 ? length : 0;
            }
        }
        for (XmlObject instruction : paragraph.getCTP().selectPath(W + ".//w:instrText")) {
            Matcher link = FIELD_LINK.matcher(instruction.newCursor().getTextValue());
            if (link.find()) {
                targets.add(link.group(1).strip());
            }
        }
        links.addAll(targets);
        float size = sized * 2 >= chars && sized > 0 ? sizeSum / sized : style[0] > 0 ? style[0] : styles.defaultSize();
        boolean bold = chars > 0 && boldChars * 2 > chars;
        boolean bullet = paragraph.getNumID() != null;
        int outline = (int) style[2];
        List<List<String>> rows = new ArrayList<>();
        if (!rowCells.isEmpty()) {
            rows.add(rowCells);
        } else {
            for (String line : textOutsideBoxes(paragraph).split("\\R|\u000B")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    if (!clean(cell).isEmpty()) {
                        cells.add(clean(cell));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        boolean capitals = chars > 0 && capsChars * 2 > chars;
        for (List<String> cells : rows) {
            if (capitals) {
                cells = cells.stream().map(DocxText::shownInCapitals).toList();
            }
            boolean marked = bullet;
            if (!cells.isEmpty() && TEXT_BULLET.matcher(cells.get(0)).lookingAt()) {
                cells = new ArrayList<>(cells);
                cells.set(0, TEXT_BULLET.matcher(cells.get(0)).replaceFirst(""));
                marked = true;
            }
            while (cells.size() > 1 && BULLET_CELL.matcher(cells.get(0)).matches()) {
                cells = cells.subList(1, cells.size());
                marked = true;
            }
            if (cells.size() == 1 && BULLET_CELL.matcher(cells.get(0)).matches()) {
                continue;
            }
            lines.add(new TextLine(cells, Math.round(size * 10) / 10f, bold, 1, -1, -1, marked, outline, List.copyOf(targets), false, false));
        }
        textBoxes(paragraph);
    }

    /** The run is shown in capitals: its own "All caps" setting, else its paragraph style's. */
    private static boolean capitals(XWPFRun run, float[] style) {
        var properties = run.getCTR().getRPr();
        if (properties != null && properties.sizeOfCapsArray() > 0) {
            return DocxStyles.on(properties.getCapsArray(0));
        }
        return style[3] > 0;
    }

    /**
     * The text as Word shows it under "All caps" (a name typed "мальцева Дарья" in a style that
     * shows capitals): what a reader of the page sees. Addresses and links keep their case.
     */
    static String shownInCapitals(String text) {
        StringBuilder out = new StringBuilder();
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            boolean address = token.contains("@") || token.contains("/") || token.toLowerCase(Locale.ROOT).startsWith("www.");
            out.append(address ? token : token.toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static boolean hasBoldSetting(XWPFRun run) {
        return run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfBArray() > 0;
    }

    /**
     * The paragraph's own text: POI's {@code getText()} also gives the text of the VML text
     * boxes anchored in its runs, one piece of each run a line in brackets ("(" / "Трудолюбив"
     * / ", ответственен" / ")"); the boxes are read apart, paragraph by paragraph.
     */
    private static String textOutsideBoxes(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (run.getCTR().sizeOfDelTextArray() == 0) {
                    out.append(run.text());
                }
            } else if (element instanceof XWPFSDT control) {
                out.append(control.getContent().getText());
            } else {
                out.append(element);
            }
        }
        return out.append(paragraph.getFootnoteText()).toString();
    }

    /**
     * Text boxes anchored in this paragraph, each of their paragraphs read as one (with its size and weight); Word
     * stores each box twice (DrawingML and a VML fallback), read once.
     */
    private void textBoxes(XWPFParagraph paragraph) {
        for (XmlObject box : paragraph.getCTP().selectPath(W + ".//w:txbxContent")) {
            List<XmlObject> paragraphs = List.of(box.selectPath(W + "./w:p"));
            List<String> texts = new ArrayList<>();
            for (XmlObject p : paragraphs) {
                StringBuilder text = new StringBuilder();
                for (XmlObject t : p.selectPath(W + ".//w:t")) {
                    text.append(t.newCursor().getTextValue());
                }
                texts.add(clean(text.toString()));
            }
            if (!boxes.add(String.join("\n", texts))) {
                continue;
            }
            for (int i = 0; i < paragraphs.size(); i++) {
                if (texts.get(i).isEmpty()) {
                    continue;
                }
                deadline.check();
                if (paragraphs.get(i) instanceof CTP typed) {
                    paragraph(new XWPFParagraph(typed, document), List.of());
                } else {
                    lines.add(TextLine.plain(texts.get(i)));
                }
            }
        }
    }

    static String clean(String text) {
        return PdfText.withoutLeaders(text.replace("\u00AD", "").replace('\u00A0', ' ').replace('\u2011', '-')).strip();
    }
}
