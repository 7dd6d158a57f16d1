package io.resumetailor.platform.entity;

import java.util.List;

/**
 * One page of a list, newest first. {@code total} counts the items across pages up to
 * {@link #TOTAL_CAP}; beyond that it is the cap and {@code totalCapped} is true (counting a
 * heavy user's 100 000 rows on every page would cost more than the page itself).
 * {@code next} is the cursor of the following page ({@code ?cursor=}), absent on the last.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped, String next) {

    public static final int TOTAL_CAP = 1_000;
}
