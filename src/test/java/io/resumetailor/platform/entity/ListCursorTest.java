package io.resumetailor.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListCursorTest {

    @Test
    void roundTripsToTheMicrosecond() {
        var cursor = new ListCursor(LocalDateTime.of(2026, 11, 26, 9, 30, 15, 123_456_000), UUID.randomUUID());
        String text = cursor.encode();
        assertTrue(text.matches("[A-Za-z0-9_-]{32}"), text);
        assertEquals(Optional.of(cursor), ListCursor.decode(text));
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String text : List.of("", "abc", "AAAA", "not base64!", "x".repeat(500), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            assertEquals(Optional.empty(), ListCursor.decode(text), text);
        }
    }
}
