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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    @Test
    void findsTheResources() {
        assertTrue(ResourceClasses.all().size() >= 3, ResourceClasses.all().toString());
    }

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
