package io.resumetailor.platform.entity;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The schema stores {@code TIMESTAMP} without time zone; every such value in this
 * service is UTC. Microsecond precision matches PostgreSQL, so a value read back equals
 * the value written.
 */
public final class UtcClock {

    private UtcClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A stored timestamp as an instant on the wire ({@code ...Z}). */
    public static OffsetDateTime toOffset(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
    }
}
