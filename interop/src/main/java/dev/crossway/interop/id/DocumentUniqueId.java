package dev.crossway.interop.id;

import java.util.Objects;

/**
 * An XDS document unique id. ITI TF-3 4.2.3.2.26 asks for an OID, or an OID root and an
 * extension joined by {@code ^}, at most 128 characters; real responders do not all follow it
 * (Metriport sends {@code 123456789}), and an initiating gateway only echoes the id back in
 * ITI-39, where it is escaped like any other value. So any 1 to 128 characters are accepted as
 * long as there is no blank or control character (which no id needs and which would let a value
 * break a log line or a stored-query list); {@link #isOidBased()} tells whether the id follows
 * the rule.
 */
public record DocumentUniqueId(String value) {

    private static final int MAX_LENGTH = 128;

    public DocumentUniqueId {
        Objects.requireNonNull(value, "document unique id");
        value = value.trim();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("document unique id must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("document unique id contains a blank or control character");
        }
    }

    /** Whether the id is an OID, or an OID root with a {@code ^extension}, as XDS asks. */
    public boolean isOidBased() {
        int caret = value.indexOf('^');
        String root = caret >= 0 ? value.substring(0, caret) : value;
        return Oid.isValid(root) && caret != value.length() - 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
