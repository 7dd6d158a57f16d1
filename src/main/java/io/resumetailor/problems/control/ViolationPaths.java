package io.resumetailor.problems.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns a Bean Validation path into the field name a client sent. A violation on a
 * resource method parameter has the path {@code create.request.content.skills[2]}; the
 * client knows only {@code content.skills[2]}.
 */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    public static String field(ConstraintViolation<?> violation) {
        var path = new StringBuilder();
        boolean hasParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                hasParameter = true;
            }
        }
        boolean afterParameter = !hasParameter;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE) {
                afterParameter = true;
                continue;
            }
            if (!afterParameter) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (kind == ElementKind.BEAN || kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
