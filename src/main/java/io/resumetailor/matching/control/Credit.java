package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import java.util.List;

/**
 * How much of one requirement a resume evidences: {@code coverage} 1 when it states it all
 * (and for years, long enough), a fraction when it states part of it (some of its words in one
 * line, the field at a lower language level, fewer years), 0 when nothing; {@code evidence} the
 * lines the coverage rests on.
 */
record Credit(double coverage, List<Evidence> evidence) {

    static final Credit NONE = new Credit(0, List.of());

    boolean full() {
        return coverage >= 1;
    }

    /** The lesser of two credits: a tailored resume earns no more than its base evidences. */
    Credit atMost(Credit base) {
        return base.coverage < coverage ? new Credit(base.coverage, evidence) : this;
    }
}
