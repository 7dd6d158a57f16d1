package io.resumetailor.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.ResourceClasses;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenAPI generator walks only the listed classes: every resource must be on the list. */
class ResourcesAreDocumentedTest {

    @Test
    void everyResourceIsListedForOpenApiScanning() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> listed = Arrays.stream(config.getProperty("mp.openapi.scan.classes").split(","))
                .map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> resources = ResourceClasses.all().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        resources.add("io.resumetailor.TailorApplication");
        assertEquals(resources, listed);
    }
}
