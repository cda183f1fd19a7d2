package dev.crossway.directory.application;

import jakarta.ejb.ApplicationException;

/**
 * Input the directory refuses, naming the domain field ({@link DirectoryField}) and, for a field of
 * one item of a list (an organization's endpoints), the item's position; the web layer says where
 * that is in its JSON. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class DirectoryValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DirectoryField field;
    private final Integer index;

    public DirectoryValidationException(DirectoryField field, String message) {
        this(field, null, message);
    }

    public DirectoryValidationException(DirectoryField field, Integer index, String message) {
        super(message);
        this.field = field;
        this.index = index;
    }

    public DirectoryField field() {
        return field;
    }

    /** The position of the list item the field belongs to, or null when it is not one item's. */
    public Integer index() {
        return index;
    }
}
