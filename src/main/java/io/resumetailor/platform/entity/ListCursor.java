package io.resumetailor.platform.entity;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a newest-first list ended: the last item's timestamp and id. The next
 * page starts right after it (keyset paging), so the 500th page costs what the first
 * does, and items added meanwhile neither shift nor repeat. Opaque to clients: URL-safe
 * Base64 of the microsecond timestamp and the id.
 */
public record ListCursor(LocalDateTime at, UUID id) {

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(24);
        bytes.putLong(ChronoUnit.MICROS.between(LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC), at));
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The cursor {@code text} encodes, or empty when it is not one. */
    public static Optional<ListCursor> decode(String text) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(text);
            if (raw.length != 24) {
                return Optional.empty();
            }
            ByteBuffer bytes = ByteBuffer.wrap(raw);
            LocalDateTime at = LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC).plus(bytes.getLong(), ChronoUnit.MICROS);
            return Optional.of(new ListCursor(at, new UUID(bytes.getLong(), bytes.getLong())));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
