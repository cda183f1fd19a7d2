package dev.crossway.responder.application;

import jakarta.ejb.ApplicationException;

/** An update or merge names a patient the community's index does not hold. */
@ApplicationException(rollback = true)
public class PatientNotFoundException extends ResponderValidationException {

    private static final long serialVersionUID = 1L;

    public PatientNotFoundException(ResponderField field, String message) {
        super(field, message);
    }
}
