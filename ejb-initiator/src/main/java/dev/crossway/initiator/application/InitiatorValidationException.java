package dev.crossway.initiator.application;

import jakarta.ejb.ApplicationException;

/**
 * Input the initiator refuses, naming the field in the Redox data model's terms
 * ({@code Meta.Extensions.sender-organization-id}, {@code Patient.Demographics.LastName},
 * {@code Targets.Radius.ZIP}, {@code Meta.FacilityCode}, ...). Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class InitiatorValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InitiatorValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
