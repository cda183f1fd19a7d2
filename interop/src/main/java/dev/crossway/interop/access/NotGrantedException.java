package dev.crossway.interop.access;

import java.util.Objects;

/**
 * A call asked for something its caller was not granted; nothing was written or sent. Names the
 * grant and the value in domain terms: the web layer maps them to its own field names. The EJB
 * modules declare it an application exception that rolls back (their {@code META-INF/ejb-jar.xml}),
 * since this module is free of any server API.
 */
public class NotGrantedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Grant grant;
    private final String value;
    private final String clientId;

    public NotGrantedException(Grant grant, String value, String clientId) {
        super(message(grant, value, clientId));
        this.grant = Objects.requireNonNull(grant, "grant");
        this.value = value;
        this.clientId = clientId;
    }

    private static String message(Grant grant, String value, String clientId) {
        return grant == Grant.INITIATE
                ? "initiating queries is not granted to client " + clientId
                : grant.label() + " " + value + " is not granted to client " + clientId;
    }

    public Grant grant() {
        return grant;
    }

    public String value() {
        return value;
    }

    public String clientId() {
        return clientId;
    }
}
