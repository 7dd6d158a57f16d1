package io.resumetailor.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a plain socket, for requests a real HTTP client refuses to send (a header
 * byte that is not ASCII, a dot segment, TRACE with a body of headers) or sends in one
 * piece (a body the server refuses half-way). The body is written on its own thread while
 * the answer is read, as a client that reads an early answer does.
 */
final class RawHttp {

    /** The server's answer; header names in lower case. */
    record Answer(int status, String reason, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static String head(String method, String target, Map<String, String> headers) {
        var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: localhost\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    static Answer exchange(String head, byte[] body) {
        return exchange(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    static Answer exchange(byte[] head, byte[] body) {
        URI base = AppServer.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    for (int offset = 0; offset < body.length; offset += 65536) {
                        out.write(body, offset, Math.min(65536, body.length - offset));
                    }
                    out.flush();
                } catch (IOException refused) {
                    // the server answered and closed before the whole body was sent
                }
            });
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(30_000);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        var received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int length = -1;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException reset) {
                if (headEnd >= 0) {
                    break;
                }
                throw reset;
            }
            if (n < 0) {
                break;
            }
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                length = contentLength(text.substring(0, headEnd));
            }
            if (headEnd >= 0 && length >= 0 && received.size() >= headEnd + 4 + length) {
                break;
            }
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        if (headEnd < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] bytes = text.substring(headEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), lines[0].substring(Math.min(13, lines[0].length())),
                headers, new String(bytes, StandardCharsets.UTF_8));
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return -1;
    }
}
