package io.resumetailor.export.control;

import io.resumetailor.export.entity.Block;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders the layout as a DOCX with Apache POI: the name in the Title style, sections and
 * entries as real Heading 1 and Heading 2 paragraphs (with outline levels, so they show
 * in Word's navigation and ATS parsers see the structure), bullets as a real numbered
 * list with a bullet format, links as hyperlinks, title and author in the properties.
 */
public final class DocxDocument {

    private DocxDocument() {
    }

    public static byte[] render(List<Block> blocks, String title, String author) {
        try (XWPFDocument document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            style(styles, "Title", "Title", 0, 36);
            style(styles, "Heading1", "heading 1", 0, 28);
            style(styles, "Heading2", "heading 2", 1, 24);
            BigInteger bullets = bulletList(document);
            for (Block block : blocks) {
                RenderDeadline.check();
                XWPFParagraph paragraph = document.createParagraph();
                if (block instanceof Block.Title) {
                    paragraph.setStyle("Title");
                } else if (block instanceof Block.Heading) {
                    paragraph.setStyle("Heading1");
                } else if (block instanceof Block.Subheading) {
                    paragraph.setStyle("Heading2");
                } else if (block instanceof Block.Bullet) {
                    paragraph.setNumID(bullets);
                }
                if (block instanceof Block.Contact contact && contact.link() != null) {
                    XWPFHyperlinkRun link = paragraph.createHyperlinkRun(contact.link());
                    link.setText(contact.text());
                    link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    link.setColor("1F4E79");
                } else {
                    XWPFRun run = paragraph.createRun();
                    run.setText(block.text());
                    run.setFontFamily("Liberation Sans");
                }
            }
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        var runProperties = style.addNewRPr();
        runProperties.addNewB();
        runProperties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style));
    }

    static BigInteger bulletList(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        var numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }
}
