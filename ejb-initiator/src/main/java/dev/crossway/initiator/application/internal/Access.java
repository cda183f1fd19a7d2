package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.interop.access.Caller;
import java.util.Objects;

/**
 * The grants check every initiating facade makes after validating the request and before anything
 * is sent: the caller may initiate, and may assert the context's organization, purpose of use and
 * role (the defaults included, since those are asserted too).
 */
final class Access {

    private Access() {
    }

    static Caller initiate(Caller caller, InitiatorContext context) {
        Objects.requireNonNull(caller, "caller");
        caller.requireInitiate(context.organizationId(), context.purposeOfUse(), context.userRole());
        return caller;
    }
}
