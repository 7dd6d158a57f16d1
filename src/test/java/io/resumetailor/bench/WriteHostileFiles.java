package io.resumetailor.bench;

import io.resumetailor.resumes.control.HostilePdfs;
import io.resumetailor.resumes.control.ResumeFixtures;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the files {@code bench/hostile-import.sh} uploads: 20 pages sharing one content
 * stream that inflates to 1 GiB (the case of issue 13), nested forms that only a time limit
 * stops, and an ordinary resume for comparison.
 */
public final class WriteHostileFiles {

    private WriteHostileFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Files.write(dir.resolve("shared-stream-1gib.pdf"), HostilePdfs.sharedInflatingStream(20, 1L << 30));
        Files.write(dir.resolve("nested-forms.pdf"), HostilePdfs.nestedForms(8, 10));
        Files.write(dir.resolve("ordinary.pdf"), ResumeFixtures.pdfBoxSingleColumn().bytes());
    }
}
