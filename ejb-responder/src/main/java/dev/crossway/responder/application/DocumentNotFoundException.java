package dev.crossway.responder.application;

import jakarta.ejb.ApplicationException;

/** A request names a document the community's store does not hold for this patient (answered 404). */
@ApplicationException(rollback = true)
public class DocumentNotFoundException extends ResponderValidationException {

    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException(ResponderField field, String message) {
        super(field, message);
    }
}
