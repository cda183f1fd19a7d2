package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.SigningIdentity;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.SigningKeyFiles;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;

/**
 * The credential outbound assertions are signed with ({@link SigningKeyFiles}: the PEM files named
 * by {@code CROSSWAY_SIGNING_KEY} / {@code CROSSWAY_SIGNING_CERT}, re-read when they change; a
 * development credential in the sandbox only; outside it, no key is an error that stops the start).
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys implements SigningIdentity {

    private final InitiatorSettings settings = InitiatorSettings.system();
    private volatile SigningKeyFiles files;

    public SigningCredential credential() {
        SigningKeyFiles f = files;
        if (f == null) {
            synchronized (this) {
                if (files == null) {
                    files = SigningKeyFiles.fromEnvironment("CN=Crossway initiator (development), O=Crossway");
                }
                f = files;
            }
        }
        return f.get();
    }

    public HomeCommunityId home() {
        return HomeCommunityId.of(settings.homeCommunityId());
    }

    @Override
    public String signingCertificatePem() {
        return credential().certificatesPem();
    }

    @Override
    public String homeCommunityId() {
        return home().oid().value();
    }
}
