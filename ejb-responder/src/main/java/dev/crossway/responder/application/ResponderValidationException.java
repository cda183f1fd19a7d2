package dev.crossway.responder.application;

import jakarta.ejb.ApplicationException;

/**
 * Input the responder refuses, naming the domain field ({@link ResponderField}); the web layer
 * says where that is in its JSON. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class ResponderValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ResponderField field;

    public ResponderValidationException(ResponderField field, String message) {
        super(message);
        this.field = field;
    }

    public ResponderField field() {
        return field;
    }
}
