package io.resumetailor.platform.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.platform.control.NewestFirst;
import io.resumetailor.platform.entity.ListCursor;
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
public record PageRequest(int page, int size, ListCursor cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        return of(page, size, null);
    }

    /** With {@code cursor} (a page's {@code next}) the page starts after it, and {@code page} is ignored. */
    public static PageRequest of(String page, String size, String cursor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int pageNumber = parse(page, 0, "page", 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = parse(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, errors);
        ListCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = ListCursor.decode(cursor.trim()).orElse(null);
            if (after == null) {
                errors.add(new Problem.FieldError("cursor", "must be the next cursor of a page"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return new PageRequest(after == null ? pageNumber : 0, pageSize, after);
    }

    public int offset() {
        return page * size;
    }

    /** This page of {@code items}, each turned into its {@code view}, with the {@code total} the count query finds. */
    public <E, V> Page<V> select(TypedQuery<E> items, TypedQuery<Long> total, Function<? super E, V> view) {
        List<V> rows = items.setFirstResult(offset()).setMaxResults(size).getResultStream().map(view).toList();
        return new Page<>(rows, page, size, total.getSingleResult(), false, null);
    }

    /**
     * This page of a newest-first list: after the cursor, or at the page number; one row
     * more than the page tells whether a next page exists, and its cursor is the last
     * row's {@code position}. The total is counted up to {@link Page#TOTAL_CAP}.
     */
    public <E, V> Page<V> select(NewestFirst<E> rows, Function<? super E, ListCursor> position,
                                 Function<? super List<E>, List<V>> views) {
        List<E> found = cursor != null ? rows.after(cursor.at(), cursor.id(), size + 1)
                : page == 0 ? rows.first(size + 1) : rows.at(offset(), size + 1);
        boolean more = found.size() > size;
        List<E> shown = more ? found.subList(0, size) : found;
        long total = rows.countUpTo(Page.TOTAL_CAP + 1);
        return new Page<>(views.apply(shown), page, size, Math.min(total, Page.TOTAL_CAP), total > Page.TOTAL_CAP,
                more ? position.apply(shown.get(shown.size() - 1)).encode() : null);
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
