package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.SourceFileType;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * An extraction whose time is up stops working, instead of burning CPU after the client has
 * had its answer: cancelling a Future does not stop PDFBox, the deadline checked inside it
 * does.
 */
class ExtractionDeadlineTest {

    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void refusesPagesSharingAnInflatingStreamBeforeInterpretingThem() throws Exception {
        byte[] pdf = HostilePdfs.sharedInflatingStream(20, 512L << 20);
        assertTrue(pdf.length < 2 << 20, "the file itself is small: " + pdf.length);
        long cpu = cpuNanos();
        var problem = assertThrows(ProblemException.class,
                () -> DocumentText.extract(pdf, SourceFileType.PDF, Deadline.after(Duration.ofSeconds(15))));
        long used = cpuNanos() - cpu;
        assertEquals(422, problem.problem().status());
        assertTrue(problem.getMessage().contains("drawing instructions"), problem.getMessage());
        assertTrue(used < Duration.ofMillis(500).toNanos(), "CPU used: " + used / 1_000_000 + " ms");
    }

    @Test
    void refusesAContentControlLongerThanAResume() throws Exception {
        byte[] docx;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var content = document.getDocument().getBody().addNewSdt().addNewSdtContent();
            for (int i = 0; i < DocumentText.MAX_LINES + 100; i++) {
                content.addNewP().addNewR().addNewT().setStringValue("Line " + i + " of a content control");
            }
            document.write(out);
            docx = out.toByteArray();
        }
        byte[] file = docx;
        var problem = assertThrows(ProblemException.class,
                () -> DocumentText.extract(file, SourceFileType.DOCX, Deadline.after(Duration.ofSeconds(15))));
        assertEquals(422, problem.problem().status());
        assertTrue(problem.getMessage().contains("far longer than a resume"), problem.getMessage());
    }

    @Test
    void stopsDrawingNestedFormsWhenTheDeadlinePasses() throws Exception {
        byte[] pdf = HostilePdfs.nestedForms(8, 10);
        assertTrue(pdf.length < 20_000, "a few kilobytes: " + pdf.length);
        long start = System.nanoTime();
        long cpu = cpuNanos();
        var problem = assertThrows(ProblemException.class,
                () -> DocumentText.extract(pdf, SourceFileType.PDF, Deadline.after(Duration.ofMillis(500))));
        long wall = System.nanoTime() - start;
        long used = cpuNanos() - cpu;
        assertEquals("urn:resume-tailor:problem:unreadable-document", problem.problem().type());
        assertTrue(problem.getMessage().contains("took too long"), problem.getMessage());
        assertTrue(wall < Duration.ofSeconds(2).toNanos(), "stopped after " + wall / 1_000_000 + " ms");
        assertTrue(used < Duration.ofSeconds(2).toNanos(), "CPU used: " + used / 1_000_000 + " ms");
    }

    @Test
    void aCancelledExtractionStopsItsThread() throws Exception {
        byte[] pdf = HostilePdfs.nestedForms(8, 10);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch finished = new CountDownLatch(1);
        AtomicLong cpu = new AtomicLong();
        try {
            Future<?> task = executor.submit(() -> {
                long before = cpuNanos();
                try {
                    DocumentText.extract(pdf, SourceFileType.PDF, Deadline.none());
                } finally {
                    cpu.set(cpuNanos() - before);
                    finished.countDown();
                }
            });
            Thread.sleep(300);
            task.cancel(true);
            assertTrue(finished.await(2, TimeUnit.SECONDS), "the extraction went on after cancel(true)");
            assertTrue(cpu.get() < Duration.ofSeconds(2).toNanos(), "CPU used: " + cpu.get() / 1_000_000 + " ms");
        } finally {
            executor.shutdownNow();
        }
    }
}
