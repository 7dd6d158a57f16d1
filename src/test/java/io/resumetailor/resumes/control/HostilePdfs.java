package io.resumetailor.resumes.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * PDFs made to keep an extractor busy, for the tests and {@code bench/hostile-import.sh}.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /**
     * {@code pages} pages that all draw one Flate content stream inflating to {@code inflatedBytes}
     * of drawing operators: small on disk (about a thousandth), huge to interpret, once per page.
     */
    public static byte[] sharedInflatingStream(int pages, long inflatedBytes) throws IOException {
        var raw = new ByteArrayOutputStream();
        byte[] chunk = "0 0 m 10 10 l S\n".repeat(1 << 16).getBytes(StandardCharsets.ISO_8859_1);
        try (var deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                deflate.write(chunk);
            }
        }
        byte[] stream = raw.toByteArray();
        var pdf = new ByteArrayOutputStream();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(5 + i).append(" 0 R ");
        }
        String head = "%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[" + kids + "]/Count "
                + pages + ">>endobj\n4 0 obj<</Length " + stream.length + "/Filter/FlateDecode>>stream\n";
        pdf.write(head.getBytes(StandardCharsets.ISO_8859_1));
        pdf.write(stream);
        pdf.write("\nendstream endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < pages; i++) {
            pdf.write(((5 + i) + " 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        pdf.write("trailer<</Root 1 0 R>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        return pdf.toByteArray();
    }

    /**
     * A one-page PDF of a few kilobytes whose page draws form 1 {@code fanout} times, which
     * draws form 2 {@code fanout} times, and so on {@code depth} levels down: fanout^depth tiny
     * drawings, none of them large, so only a time limit stops the work.
     */
    public static byte[] nestedForms(int depth, int fanout) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFormXObject below = null;
            for (int level = depth; level >= 1; level--) {
                PDFormXObject form = new PDFormXObject(document);
                form.setBBox(new PDRectangle(0, 0, 10, 10));
                PDResources resources = new PDResources();
                StringBuilder content = new StringBuilder();
                if (below == null) {
                    content.append("0 0 m 10 10 l S\n");
                } else {
                    COSName name = resources.add(below);
                    content.append(("q /" + name.getName() + " Do Q\n").repeat(fanout));
                }
                form.setResources(resources);
                try (OutputStream stream = form.getContentStream().createOutputStream()) {
                    stream.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                below = form;
            }
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            COSName top = resources.add(below);
            page.setResources(resources);
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                for (int i = 0; i < fanout; i++) {
                    stream.drawForm(below);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
