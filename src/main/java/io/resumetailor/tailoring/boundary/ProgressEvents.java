package io.resumetailor.tailoring.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.logging.Logger;

/**
 * The server-sent events of one generation. A client that closes the stream only stops
 * hearing about it: sending to a closed stream is skipped, never an error, so the
 * generation still completes, is stored and is metered (the client finds it in the list).
 */
final class ProgressEvents {

    private static final Logger LOG = Logger.getLogger(ProgressEvents.class.getName());

    private final SseEventSink sink;
    private final Sse sse;
    private volatile boolean gone;

    ProgressEvents(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    void progress(String step) {
        send(sse.newEventBuilder().name("progress").data(step).build());
    }

    <T> void send(String name, Class<T> type, T data) {
        send(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(type, data).build());
    }

    private void send(OutboundSseEvent event) {
        if (gone || sink.isClosed()) {
            gone = true;
            return;
        }
        try {
            sink.send(event).whenComplete((done, failure) -> {
                if (failure != null) {
                    gone = true;
                }
            });
        } catch (RuntimeException closed) {
            gone = true;
            LOG.fine(() -> "progress client went away: " + closed.getClass().getSimpleName());
        }
    }

    void close() {
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already closed by the client
        }
    }
}
