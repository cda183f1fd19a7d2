package dev.crossway.initiator.application;

import jakarta.ejb.Local;

/** The identity outbound assertions are signed with, for partners (and the sandbox) to trust. */
@Local
public interface SigningIdentity {

    /** The signing certificate, PEM. */
    String signingCertificatePem();

    /** Our own home community id, dotted OID ({@code crossway.home-community-id}). */
    String homeCommunityId();
}
