package io.resumetailor.platform.entity;

import java.util.List;

/** One page of a list, newest first; {@code total} counts every item across pages. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
