package io.resumetailor.platform.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The bytes of a request body as they arrive, held until the whole body is there; then
 * read back as the request's input stream. Grows by doubling up to the size the caller
 * allows (it checks the limit before appending).
 */
final class ReceivedBody {

    private byte[] bytes;
    private int length;

    ReceivedBody(long expectedLength) {
        this.bytes = new byte[(int) Math.max(1024, Math.min(expectedLength, 1 << 20))];
    }

    void append(byte[] chunk, int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + count, bytes.length * 2));
        }
        System.arraycopy(chunk, 0, bytes, length, count);
        length += count;
    }

    int length() {
        return length;
    }

    /** The buffer itself (valid up to {@link #length()}), for checks that read it in place. */
    byte[] bytes() {
        return bytes;
    }

    ServletInputStream stream() {
        return new Stream();
    }

    /** Everything is in memory: always ready, never blocks. */
    private final class Stream extends ServletInputStream {

        private int position;

        @Override
        public int read() {
            return position < length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int count) {
            if (count == 0) {
                return 0;
            }
            if (position >= length) {
                return -1;
            }
            int n = Math.min(count, length - position);
            System.arraycopy(bytes, position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return length - position;
        }

        @Override
        public boolean isFinished() {
            return position >= length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException | RuntimeException e) {
                listener.onError(e);
            }
        }
    }
}
