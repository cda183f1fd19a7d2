package dev.crossway.responder.application;

import jakarta.ejb.ApplicationException;

/** No trust anchor has the fingerprint given (field {@link ResponderField#TRUST_ANCHOR_ID}). */
@ApplicationException(rollback = true)
public class TrustAnchorNotFoundException extends ResponderValidationException {

    private static final long serialVersionUID = 1L;

    public TrustAnchorNotFoundException(String message) {
        super(ResponderField.TRUST_ANCHOR_ID, message);
    }
}
