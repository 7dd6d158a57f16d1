package io.resumetailor.users.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per email address: trimmed and lower-cased on every write, so that an
 * account, the email-taken check, the super-admin list and the usage archive all agree
 * whatever case a sign-in used ({@code ADMIN@EXAMPLE.COM} is {@code admin@example.com}).
 */
public final class EmailAddresses {

    /** The users table's column size. */
    public static final int MAX_LENGTH = 255;

    /** A pragmatic shape check (what sign-in needs), not RFC 5322: local@domain.tld without spaces or controls. */
    private static final Pattern SHAPE = Pattern.compile("[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}]+\\.[^\\s@\\p{Cntrl}.]+");

    private EmailAddresses() {
    }

    /** The normalised address, or null when {@code email} is not a plausible address within the size limit. */
    public static String normalize(String email) {
        if (email == null) {
            return null;
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches() ? normalized : null;
    }
}
