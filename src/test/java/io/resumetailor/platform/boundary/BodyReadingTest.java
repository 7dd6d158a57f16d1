package io.resumetailor.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * When a received body is dispatched to the application: only while the service thread is
 * still in the filter, or a while after it has left (Payara drops a dispatch asked for
 * while that thread leaves the container), and a dispatch that never starts ends in a 503.
 */
class BodyReadingTest {

    private static final byte[] BODY = "{\"firstName\":\"Ana\"}".getBytes(StandardCharsets.UTF_8);

    private final Exchange exchange = new Exchange();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final BodyReading reading = new BodyReading(exchange.async(), exchange.input, new BodyBudget(1 << 20),
            BODY.length, BODY.length, 1 << 20, "PUT /api/profile");

    @Test
    void aBodyArrivingWhileTheServiceThreadWaitsIsDispatchedBeforeItLeaves() throws Exception {
        reading.start(scheduler, 15);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread client = new Thread(() -> {
            try {
                waiting.await();
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.input.arrive(BODY);
        });
        client.start();
        waiting.countDown();
        long start = System.nanoTime();
        reading.leaveService(10_000);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        client.join();

        assertEquals(1, exchange.dispatches, "dispatched before the service thread left");
        assertTrue(waited < 5_000, "left as soon as the body was in, after " + waited + " ms");
        assertEquals(0, scheduler.delaysOf("dispatch").size(), "nothing deferred");
    }

    @Test
    void aBodyCompletedAfterTheServiceThreadLeftIsDispatchedOnlyAfterTheSettlingTime() throws Exception {
        reading.start(scheduler, 15);
        reading.leaveService(0);
        exchange.input.arrive(BODY);

        assertEquals(0, exchange.dispatches, "not dispatched while the service thread may still be leaving");
        List<Long> delays = scheduler.delaysOf("dispatch");
        assertEquals(1, delays.size());
        assertTrue(delays.get(0) > BodyReading.SETTLE_MILLIS - 200 && delays.get(0) <= BodyReading.SETTLE_MILLIS,
                "deferred by " + delays.get(0) + " ms");
        scheduler.run("dispatch");
        assertEquals(1, exchange.dispatches);
        assertTrue(reading.claim(), "the dispatch takes the body");
        assertTrue(scheduler.cancelled("lost"), "the watch for a lost dispatch ends with the claim");
    }

    @Test
    void aDispatchThatNeverStartsEndsInA503InsteadOfAHang() throws Exception {
        reading.start(scheduler, 15);
        exchange.input.arrive(BODY);
        reading.leaveService(0);
        assertEquals(1, exchange.dispatches);

        assertEquals(List.of(BodyReading.LOST_AFTER_SECONDS * 1000), scheduler.delaysOf("lost"));
        scheduler.run("lost");

        assertEquals(503, exchange.status);
        assertEquals("1", exchange.headers.get("Retry-After"));
        assertTrue(exchange.written.toString(StandardCharsets.UTF_8).contains("\"status\":503"), exchange.written.toString());
        assertTrue(exchange.completed, "the exchange is completed");
        assertFalse(reading.claim(), "a dispatch arriving after the 503 does not run the application");
    }

    @Test
    void aBodyRefusedWhileTheServiceThreadWaitsWakesIt() throws Exception {
        var small = new BodyReading(exchange.async(), exchange.input, new BodyBudget(1 << 20), -1, 8, 8,
                "PUT /api/profile");
        small.start(scheduler, 15);
        Thread client = new Thread(() -> exchange.input.arrive(BODY));
        client.start();
        long start = System.nanoTime();
        small.leaveService(10_000);
        client.join();
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000, "woken by the refusal");
        assertEquals(413, exchange.status);
        assertEquals(0, exchange.dispatches);
    }

    /** One request and its response, recorded. */
    private static final class Exchange {
        final FakeInput input = new FakeInput();
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final Map<String, Object> attributes = new HashMap<>();
        volatile int dispatches;
        volatile int status;
        volatile boolean completed;

        AsyncContext async() {
            ServletRequest request = proxy(ServletRequest.class, (name, args) -> switch (name) {
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "getAttribute" -> attributes.get((String) args[0]);
                case "getProtocol" -> "HTTP/1.1";
                default -> null;
            });
            HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> switch (name) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "getOutputStream" -> new Recorded(written);
                default -> null;
            });
            return proxy(AsyncContext.class, (name, args) -> switch (name) {
                case "getRequest" -> request;
                case "getResponse" -> response;
                case "dispatch" -> dispatches++;
                case "complete" -> completed = true;
                default -> null;
            });
        }
    }

    private interface Calls {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Calls calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    Object answer = calls.answer(method.getName(), args);
                    Class<?> returns = method.getReturnType();
                    if (returns == boolean.class) {
                        return answer instanceof Boolean b && b;
                    }
                    if (returns == int.class || returns == long.class) {
                        return returns == int.class ? 0 : 0L;
                    }
                    return returns == void.class || !returns.isInstance(answer) ? null : answer;
                }));
    }

    /** An input stream whose bytes arrive when the test says so, with the read callbacks the container makes. */
    private static final class FakeInput extends ServletInputStream {
        private byte[] pending = new byte[0];
        private ReadListener listener;

        void arrive(byte[] bytes) {
            ReadListener target;
            synchronized (this) {
                pending = bytes;
                target = listener;
            }
            try {
                target.onDataAvailable();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public synchronized boolean isFinished() {
            return false;
        }

        @Override
        public synchronized boolean isReady() {
            return pending.length > 0;
        }

        @Override
        public synchronized void setReadListener(ReadListener readListener) {
            listener = readListener;
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            int count = Math.min(length, pending.length);
            System.arraycopy(pending, 0, into, offset, count);
            pending = java.util.Arrays.copyOfRange(pending, count, pending.length);
            return count;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Recorded extends ServletOutputStream {
        private final ByteArrayOutputStream into;

        Recorded(ByteArrayOutputStream into) {
            this.into = into;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
        }

        @Override
        public void write(int b) {
            into.write(b);
        }
    }

    private static final class Task implements ScheduledFuture<Object> {
        final String name;
        final Runnable command;
        final long delayMillis;
        volatile boolean cancelled;

        Task(String name, Runnable command, long delayMillis) {
            this.name = name;
            this.command = command;
            this.delayMillis = delayMillis;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delayMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }
    }

    /**
     * Records what is scheduled and runs it only when the test asks: time in these tests is the test's.
     */
    private static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        private final List<Task> tasks = new ArrayList<>();

        ManualScheduler() {
            super(0);
        }

        @Override
        public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            Task task = new Task(name(unit.toMillis(delay)), command, unit.toMillis(delay));
            tasks.add(task);
            return task;
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        synchronized List<Long> delaysOf(String name) {
            return tasks.stream().filter(t -> t.name.equals(name)).map(t -> t.delayMillis).toList();
        }

        synchronized boolean cancelled(String name) {
            return tasks.stream().filter(t -> t.name.equals(name)).allMatch(t -> t.cancelled);
        }

        void run(String name) {
            Task task;
            synchronized (this) {
                task = tasks.stream().filter(t -> t.name.equals(name) && !t.cancelled).findFirst().orElseThrow();
            }
            task.command.run();
        }

        /** Scheduled work is told apart by its delay: the 15 s deadline, the lost-dispatch watch, a deferred dispatch. */
        private static String name(long delayMillis) {
            if (delayMillis == 15_000) {
                return "deadline";
            }
            return delayMillis == BodyReading.LOST_AFTER_SECONDS * 1000 ? "lost" : "dispatch";
        }
    }
}
