package io.resumetailor.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The slow-body attack: connections that send a request's headers at once and then its
 * body one byte at a time, never finishing it. One thread drives all connections with
 * non-blocking channels and records how each exchange ended (the server's answer, or the
 * connection failing without one). With {@code reconnect}, every connection that ends is
 * replaced at once, so the number trickling stays constant.
 */
public final class TricklingClients implements AutoCloseable {

    /** How one connection ended: the status and body the server sent (status 0: none, see {@code failure}). */
    public record Outcome(int status, String head, String body, String failure) {

        public boolean isProblem(int expectedStatus, String type) {
            return status == expectedStatus && head.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json")
                    && body.contains("\"type\":\"" + type + "\"");
        }
    }

    private final InetSocketAddress address;
    private final String head;
    private final int connections;
    private final Duration interval;
    private final boolean reconnect;
    private final List<Connection> open = new ArrayList<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final Thread driver;
    private volatile boolean running = true;

    private TricklingClients(URI base, String path, String headers, int connections, Duration interval, boolean reconnect) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                + headers + "Content-Length: 100000\r\n\r\n{";
        this.connections = connections;
        this.interval = interval;
        this.reconnect = reconnect;
        this.driver = new Thread(this::drive, "trickling-clients");
        this.driver.setDaemon(true);
    }

    /** Opens {@code connections} connections to POST {@code path} and trickles a byte per {@code interval} on each. */
    public static TricklingClients start(URI base, String path, int connections, Duration interval, boolean reconnect)
            throws IOException {
        return start(base, path, "", connections, interval, reconnect);
    }

    /** The same with extra header lines ({@code "Name: value\r\n"} each). */
    public static TricklingClients start(URI base, String path, String headers, int connections, Duration interval,
                                         boolean reconnect) throws IOException {
        var clients = new TricklingClients(base, path, headers, connections, interval, reconnect);
        for (int i = 0; i < connections; i++) {
            clients.open.add(clients.connect());
        }
        clients.driver.start();
        return clients;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public int opened() {
        return opened.get();
    }

    /** Connections still trickling. */
    public synchronized int trickling() {
        return open.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        driver.join(5_000);
        synchronized (this) {
            for (Connection connection : open) {
                connection.close();
            }
            open.clear();
        }
    }

    private Connection connect() throws IOException {
        SocketChannel channel = SocketChannel.open(address);
        channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
        channel.configureBlocking(false);
        opened.incrementAndGet();
        return new Connection(channel);
    }

    private void drive() {
        long nextByte = System.nanoTime() + interval.toNanos();
        while (running) {
            boolean send = System.nanoTime() >= nextByte;
            if (send) {
                nextByte += interval.toNanos();
            }
            synchronized (this) {
                List<Connection> ended = new ArrayList<>();
                for (Connection connection : open) {
                    Outcome outcome = connection.step(send);
                    if (outcome != null) {
                        outcomes.add(outcome);
                        ended.add(connection);
                    }
                }
                open.removeAll(ended);
                if (reconnect && running) {
                    for (int i = 0; i < ended.size(); i++) {
                        try {
                            open.add(connect());
                        } catch (IOException e) {
                            outcomes.add(new Outcome(0, "", "", "connect: " + e.getMessage()));
                        }
                    }
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static final class Connection {

        private final SocketChannel channel;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final ByteBuffer buffer = ByteBuffer.allocate(8192);

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        /** Reads what has arrived, sends a byte if it is time; the outcome once the exchange is over. */
        Outcome step(boolean send) {
            try {
                int read;
                while ((read = channel.read(buffer.clear())) > 0) {
                    received.write(buffer.array(), 0, read);
                }
                Outcome answer = answer(read < 0);
                if (answer != null) {
                    close();
                    return answer;
                }
                if (send) {
                    channel.write(ByteBuffer.wrap(new byte[]{' '}));
                }
                return null;
            } catch (IOException e) {
                Outcome answer = answer(true);
                close();
                return answer != null ? answer : new Outcome(0, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        /** The server's complete answer, if it is all there (or the connection was closed after it). */
        private Outcome answer(boolean closed) {
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return closed ? new Outcome(0, text, "", "closed without an answer") : null;
            }
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            int length = -1;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            if (length >= 0 && body.getBytes(StandardCharsets.UTF_8).length < length && !closed) {
                return null;
            }
            if (length < 0 && !closed) {
                return null;
            }
            int status = Integer.parseInt(head.substring(9, 12));
            return new Outcome(status, head, body, null);
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
