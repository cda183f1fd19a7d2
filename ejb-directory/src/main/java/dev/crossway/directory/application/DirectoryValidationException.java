package dev.crossway.directory.application;

import jakarta.ejb.ApplicationException;

/**
 * Input the directory refuses, naming the field in the Redox data model's terms
 * ({@code Organization.Identifiers}, {@code Radius.ZIP}, ...). Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class DirectoryValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public DirectoryValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
