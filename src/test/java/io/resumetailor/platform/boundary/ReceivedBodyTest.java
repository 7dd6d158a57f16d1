package io.resumetailor.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReceivedBodyTest {

    @Test
    void givesBackExactlyTheBytesReceivedInPieces() throws IOException {
        byte[] sent = new byte[3_000_000];
        new Random(7).nextBytes(sent);
        var body = new ReceivedBody(-1);
        for (int offset = 0; offset < sent.length; offset += 16_384) {
            int count = Math.min(16_384, sent.length - offset);
            body.append(java.util.Arrays.copyOfRange(sent, offset, offset + count), count);
        }
        assertEquals(sent.length, body.length());
        assertArrayEquals(sent, body.stream().readAllBytes());
    }

    @Test
    void streamSaysWhenItIsFinishedAndServesAReadListener() throws IOException {
        var body = new ReceivedBody(4);
        body.append("{}".getBytes(), 2);
        var stream = body.stream();
        assertTrue(stream.isReady());
        assertFalse(stream.isFinished());
        List<String> calls = new ArrayList<>();
        stream.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                calls.add("data:" + new String(stream.readAllBytes()));
            }

            @Override
            public void onAllDataRead() {
                calls.add("all");
            }

            @Override
            public void onError(Throwable t) {
                calls.add("error");
            }
        });
        assertEquals(List.of("data:{}", "all"), calls);
        assertTrue(stream.isFinished());
        assertEquals(-1, stream.read());
    }

    @Test
    void budgetRefusesWhatWouldExceedItAndTakesBackWhatIsGiven() {
        var budget = new BodyBudget(100);
        assertTrue(budget.tryTake(60));
        assertFalse(budget.tryTake(41));
        assertTrue(budget.tryTake(40));
        budget.giveBack(60);
        assertEquals(40, budget.held());
        assertTrue(budget.tryTake(60));
    }
}
