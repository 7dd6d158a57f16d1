package io.resumetailor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text the import extracted before the layout-aware extraction (PDFBox's stripper in
 * content-stream order, POI's plain extractor), one {@code <file>.txt} per document, for
 * comparing what the model path used to get with what it gets now.
 * {@code java ... PlainPdfBoxText CORPUS OUT}
 */
public final class PlainPdfBoxText {

    private PlainPdfBoxText() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String text;
                if (name.endsWith(".pdf")) {
                    try (var document = Loader.loadPDF(file.toFile())) {
                        text = new PDFTextStripper().getText(document);
                    }
                } else if (name.endsWith(".docx")) {
                    try (var document = new XWPFDocument(Files.newInputStream(file)); var extractor = new XWPFWordExtractor(document)) {
                        text = extractor.getText();
                    }
                } else {
                    continue;
                }
                Files.writeString(out.resolve(name + ".txt"), text);
            }
        }
    }
}
