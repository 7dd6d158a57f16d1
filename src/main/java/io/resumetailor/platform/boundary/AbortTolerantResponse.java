package io.resumetailor.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A response whose client may have gone away while the answer was being prepared (a closed
 * tab, a client timeout). The first write that fails because the connection is gone is
 * logged as one line, and that write and every later one are dropped instead of failing:
 * otherwise the JAX-RS runtime, the error page and the container each log the same broken
 * connection again, with stack traces. There is nobody left to answer.
 */
final class AbortTolerantResponse extends HttpServletResponseWrapper {

    private static final Logger LOG = Logger.getLogger(AbortTolerantResponse.class.getName());

    private final String request;
    private Stream stream;

    private AbortTolerantResponse(HttpServletResponse response, String request) {
        super(response);
        this.request = request;
    }

    static HttpServletResponse of(HttpServletResponse response, String request) {
        return response instanceof AbortTolerantResponse ? response : new AbortTolerantResponse(response, request);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Stream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (stream != null && stream.gone) {
            return;
        }
        try {
            super.flushBuffer();
        } catch (IOException gone) {
            if (stream == null) {
                throw gone;
            }
            stream.departed(gone);
        }
    }

    private final class Stream extends ServletOutputStream {

        private final ServletOutputStream delegate;
        private volatile boolean gone;
        private long written;

        Stream(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) {
            if (!gone) {
                try {
                    delegate.write(b);
                    written++;
                } catch (IOException e) {
                    departed(e);
                }
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (!gone) {
                try {
                    delegate.write(bytes, offset, length);
                    written += length;
                } catch (IOException e) {
                    departed(e);
                }
            }
        }

        @Override
        public void flush() {
            if (!gone) {
                try {
                    delegate.flush();
                } catch (IOException e) {
                    departed(e);
                }
            }
        }

        @Override
        public void close() {
            if (!gone) {
                try {
                    delegate.close();
                } catch (IOException e) {
                    departed(e);
                }
            }
        }

        @Override
        public boolean isReady() {
            return gone || delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }

        void departed(IOException failure) {
            if (!gone) {
                gone = true;
                LOG.info(() -> request + ": client gone after " + written + " bytes of the answer ("
                        + failure.getMessage() + ")");
            }
        }
    }
}
