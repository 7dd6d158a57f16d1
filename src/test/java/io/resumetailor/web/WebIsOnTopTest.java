package io.resumetailor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The web component sits on top of all others: no other component imports it. */
class WebIsOnTopTest {

    @Test
    void noOtherComponentImportsTheWebComponent() throws Exception {
        Path main = Path.of("src/main/java/io/resumetailor");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("web")))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("io.resumetailor.web.");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
