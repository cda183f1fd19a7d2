package dev.crossway.web.api.error;

/**
 * A request the web layer refuses before any facade sees it (no body, wrong Meta, unreadable
 * identifier or date): answered 400 {@code InvalidRequest} naming the field. The facades' own
 * validation exceptions are mapped the same way.
 */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
