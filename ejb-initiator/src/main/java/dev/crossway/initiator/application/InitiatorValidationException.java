package dev.crossway.initiator.application;

import jakarta.ejb.ApplicationException;

/**
 * Input the initiator refuses, naming the domain field ({@link InitiatorField}); the web layer
 * says where that is in its JSON. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class InitiatorValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InitiatorField field;

    public InitiatorValidationException(InitiatorField field, String message) {
        super(message);
        this.field = field;
    }

    public InitiatorField field() {
        return field;
    }
}
