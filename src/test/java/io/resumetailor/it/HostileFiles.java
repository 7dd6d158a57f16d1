package io.resumetailor.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Files that try to hurt an importer, made by the tests. */
final class HostileFiles {

    private HostileFiles() {
    }

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    static byte[] docx(String documentXml, long padding) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < padding; written += spaces.length) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }

    /** A DOCX whose document.xml inflates to 300 MB of spaces (about 300 KB compressed). */
    static byte[] zipBomb() throws IOException {
        return docx("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                300L << 20);
    }

    /** Billion laughs plus an external entity pointing at a local file. */
    static byte[] entityBomb() throws IOException {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            }
            xml.append("\">");
        }
        xml.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + "&lol9; &xxe;</w:t></w:r></w:p></w:body></w:document>");
        return docx(xml.toString(), 0);
    }

    static byte[] emptyPagesPdf(int pages) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** 20 pages sharing one content stream that inflates to 256 MB of drawing operators (about 500 KB on disk). */
    static byte[] sharedInflatingStream() throws IOException {
        return io.resumetailor.resumes.control.HostilePdfs.sharedInflatingStream(20, 256L << 20);
    }

    /** A few kilobytes of nested forms that would take minutes to draw. */
    static byte[] nestedForms() throws IOException {
        return io.resumetailor.resumes.control.HostilePdfs.nestedForms(8, 10);
    }

    /** A PDF whose page content is a Flate stream that inflates to 400 MB. */
    static byte[] compressedStreamBomb() throws IOException {
        var raw = new ByteArrayOutputStream();
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        java.util.Arrays.fill(zeros, (byte) '0');
        try (var stream = new java.util.zip.DeflaterOutputStream(raw, deflater)) {
            stream.write("BT /F1 12 Tf 50 700 Td (".getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 400; i++) {
                stream.write(zeros);
            }
            stream.write(") Tj ET".getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] content = raw.toByteArray();
        var pdf = new ByteArrayOutputStream();
        String head = "%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                + "/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n"
                + "4 0 obj<</Length " + content.length + "/Filter/FlateDecode>>stream\n";
        pdf.write(head.getBytes(StandardCharsets.ISO_8859_1));
        pdf.write(content);
        pdf.write("\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        return pdf.toByteArray();
    }
}
