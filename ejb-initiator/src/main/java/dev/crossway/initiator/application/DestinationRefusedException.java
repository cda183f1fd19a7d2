package dev.crossway.initiator.application;

import jakarta.ejb.ApplicationException;

/**
 * A well-formed destination the gateway will not take: an address the outbound policy refuses
 * ({@value #ADDRESS_NOT_ALLOWED}), an event it does not publish ({@value #UNKNOWN_EVENT}), one
 * destination too many ({@value #TOO_MANY}). The code is stable; the field is the domain's
 * ({@link InitiatorField#DESTINATION_URL}, {@link InitiatorField#DESTINATION_EVENTS}). Nothing is stored.
 */
@ApplicationException(rollback = true)
public class DestinationRefusedException extends RuntimeException {

    public static final String ADDRESS_NOT_ALLOWED = "AddressNotAllowed";
    public static final String UNKNOWN_EVENT = "UnknownEvent";
    public static final String TOO_MANY = "TooManyDestinations";

    private static final long serialVersionUID = 1L;

    private final String code;
    private final InitiatorField field;

    public DestinationRefusedException(String code, InitiatorField field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public InitiatorField field() {
        return field;
    }
}
