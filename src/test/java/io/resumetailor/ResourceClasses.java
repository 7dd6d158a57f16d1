package io.resumetailor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

/** Every JAX-RS resource class of the application, found by scanning the compiled classes. */
public final class ResourceClasses {

    private ResourceClasses() {
    }

    public static List<Class<?>> all() {
        try {
            var root = java.nio.file.Path.of(TailorApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .filter(name -> !name.contains("$"))
                        .map(ResourceClasses::load)
                        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
