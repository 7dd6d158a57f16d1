package io.resumetailor.platform.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.platform.entity.Page;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Paging parameters of a list request: {@code page} from 0, {@code size} 1 to
 * {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). Anything else is a 400 naming the
 * parameter: a client asking for 10 000 rows learns the cap instead of silently getting
 * fewer. Parsed here rather than with constraint annotations on the parameters, which
 * Payara's OpenAPI generator cannot handle on query parameters.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int pageNumber = parse(page, 0, "page", 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = parse(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return new PageRequest(pageNumber, pageSize);
    }

    public int offset() {
        return page * size;
    }

    /** This page of {@code items}, each turned into its {@code view}, with the {@code total} the count query finds. */
    public <E, V> Page<V> select(TypedQuery<E> items, TypedQuery<Long> total, Function<? super E, V> view) {
        List<V> page = items.setFirstResult(offset()).setMaxResults(size).getResultStream().map(view).toList();
        return new Page<>(page, this.page, size, total.getSingleResult());
    }

    private static int parse(String value, int fallback, String name, int min, int max, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be an integer from " + min + " to " + max));
        return fallback;
    }
}
