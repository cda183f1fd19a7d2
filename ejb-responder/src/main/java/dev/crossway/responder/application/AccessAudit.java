package dev.crossway.responder.application;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.access.NotGrantedException;
import jakarta.ejb.Local;

/**
 * The audit records of who may do what: a call refused for want of a grant, and a partner
 * onboarded or its grants replaced. Written to the audit trail (transaction {@code Admin}) in a
 * transaction of their own, so that a refusal is recorded although the refused call rolls back.
 */
@Local
public interface AccessAudit {

    /** {@code caller} asked for {@code action} (e.g. {@code PatientAdmin/NewPatient}) and was refused. */
    void refused(Caller caller, String action, NotGrantedException refusal);

    /** {@code actor} onboarded a partner or replaced its grants ({@code detail} says which and what). */
    void grantsChanged(String actor, String clientId, String detail);
}
