package io.resumetailor.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.ResourceClasses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource method says who may call it, and only the sign-in resource is open.
 * AccessControl also refuses an undeclared method at run time; this catches it at build time.
 */
class DenyByDefaultTest {

    static final Set<Class<?>> OPEN = Set.of(AuthResource.class);

    static List<Method> resourceMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)
                                || a.annotationType() == jakarta.ws.rs.Path.class))
                .toList();
    }

    /** The scan of compiled classes finds exactly the resource classes the sources declare. */
    @Test
    void findsEveryResource() throws IOException {
        Set<String> declared = new TreeSet<>();
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (CLASS_PATH.matcher(text).find()) {
                    declared.add(sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", ""));
                }
            }
        }
        Set<String> scanned = new TreeSet<>();
        ResourceClasses.all().forEach(type -> scanned.add(type.getName()));
        assertEquals(declared, scanned);
        assertTrue(scanned.size() >= 10, scanned.toString());
    }

    /** {@code @Path} right before the class declaration (possibly with other annotations in between). */
    static final Pattern CLASS_PATH = Pattern.compile("(?m)^@Path\\(");

    @Test
    void everyResourceMethodDeclaresItsRoles() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> type : ResourceClasses.all()) {
            for (Method method : resourceMethods(type)) {
                AnnotatedElement rules = AccessControl.declares(method) ? method : type;
                if (!AccessControl.declares(rules)) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void onlySignInIsOpenToAnyone() {
        List<String> open = new ArrayList<>();
        for (Class<?> type : ResourceClasses.all()) {
            for (Method method : resourceMethods(type)) {
                boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                        || (!AccessControl.declares(method) && type.isAnnotationPresent(PermitAll.class));
                if (permitAll && !OPEN.contains(type)) {
                    open.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), open);
    }

    @Test
    void rolesNamedAreRealRoles() {
        for (Class<?> type : ResourceClasses.all()) {
            RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                for (String role : roles.value()) {
                    assertTrue(Set.of("public", "friend", "super_admin").contains(role), type + ": " + role);
                }
            }
            assertFalse(type.isAnnotationPresent(PermitAll.class) && type.isAnnotationPresent(RolesAllowed.class));
        }
    }
}
