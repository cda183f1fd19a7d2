package dev.crossway.responder.application;

import jakarta.ejb.ApplicationException;

/**
 * Input the responder refuses, naming the field in the Redox data model's terms
 * ({@code Community.HomeCommunityId}, {@code Patient.Identifiers}, {@code Document.Data}, ...).
 * Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class ResponderValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ResponderValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
