package io.resumetailor.platform.control;

import io.resumetailor.problems.entity.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a whole {@code multipart/form-data} body (RFC 7578 on RFC 2046) before the
 * application parses it, so that a broken body is a 400 that says what is wrong with the
 * multipart body (the JAX-RS runtime's parser failed with a message about JSON), and a
 * field sent twice is refused instead of one of the copies being picked silently: no form
 * of this API takes a repeated field. Checked: a boundary parameter, a first delimiter
 * line, line breaks after delimiters, each part's header block ending in an empty line,
 * {@code Content-Disposition: form-data} with a {@code name} on every part, the closing
 * delimiter, and each name once.
 */
public final class MultipartForms {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private MultipartForms() {
    }

    /** The problem with the body if {@code contentType} is multipart/form-data and the body is not well-formed. */
    public static Optional<Problem> check(String contentType, byte[] body, int length) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            return malformed("its Content-Type has no boundary parameter");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, length, delimiter, 0);
        while (at > 0 && !(at >= 2 && body[at - 2] == '\r' && body[at - 1] == '\n')) {
            at = indexOf(body, length, delimiter, at + 1);
        }
        if (at < 0) {
            return malformed("no part starts with the boundary given in its Content-Type");
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        int position = at + delimiter.length;
        while (!startsWith(body, length, position, new byte[]{'-', '-'})) {
            while (position < length && (body[position] == ' ' || body[position] == '\t')) {
                position++;
            }
            if (!startsWith(body, length, position, CRLF)) {
                return malformed("a boundary line is not followed by a line break");
            }
            position += 2;
            int contentStart;
            String headers;
            if (startsWith(body, length, position, CRLF)) {
                headers = "";
                contentStart = position + 2;
            } else {
                int headersEnd = indexOf(body, length, HEADERS_END, position);
                if (headersEnd < 0) {
                    return malformed("a part's headers do not end with an empty line");
                }
                headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
                contentStart = headersEnd + HEADERS_END.length;
            }
            String name = formDataName(headers);
            if (name == null) {
                return malformed("a part has no Content-Disposition: form-data header with a name");
            }
            names.merge(name, 1, Integer::sum);
            int next = indexOf(body, length, concat(CRLF, delimiter), contentStart);
            if (next < 0) {
                return malformed("it ends without its closing boundary");
            }
            position = next + CRLF.length + delimiter.length;
        }
        List<Problem.FieldError> repeated = new ArrayList<>();
        names.forEach((name, count) -> {
            if (count > 1) {
                repeated.add(new Problem.FieldError(name, "must be sent once (the form has it " + count + " times)"));
            }
        });
        return repeated.isEmpty() ? Optional.empty() : Optional.of(Problem.validation(repeated));
    }

    private static Optional<Problem> malformed(String reason) {
        return Optional.of(Problem.of("malformed-body", "Malformed request body", 400,
                "The multipart/form-data body is not well-formed: " + reason + "."));
    }

    /** The {@code name} of a {@code Content-Disposition: form-data} header, or null. */
    static String formDataName(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            int semicolon = value.indexOf(';');
            String type = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
            if (!type.equalsIgnoreCase("form-data")) {
                return null;
            }
            String name = parameters(value).get("name");
            return name == null || name.isEmpty() ? null : name;
        }
        return null;
    }

    /** The {@code ;}-separated parameters of a header value, names in lower case, quotes removed. */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            int start = i + 1;
            int equals = value.indexOf('=', start);
            if (equals < 0) {
                break;
            }
            String name = value.substring(start, equals).strip().toLowerCase(Locale.ROOT);
            int j = equals + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            StringBuilder parameter = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    if (value.charAt(j) == '\\' && j + 1 < value.length()) {
                        j++;
                    }
                    parameter.append(value.charAt(j++));
                }
                j = value.indexOf(';', j);
            } else {
                int end = value.indexOf(';', j);
                parameter.append(value, j, end < 0 ? value.length() : end);
                j = end;
            }
            parameters.putIfAbsent(name, parameter.toString().strip());
            i = j;
        }
        return parameters;
    }

    private static boolean startsWith(byte[] body, int length, int position, byte[] prefix) {
        if (position + prefix.length > length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[position + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, int length, byte[] pattern, int from) {
        int last = length - pattern.length;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (body[i] == pattern[0] && startsWith(body, length, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
