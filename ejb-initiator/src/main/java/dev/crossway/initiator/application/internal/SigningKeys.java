package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.SigningIdentity;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The credential outbound assertions are signed with: PEM files named by {@code crossway.signing.key}
 * and {@code crossway.signing.cert} ({@code CROSSWAY_SIGNING_KEY}, {@code CROSSWAY_SIGNING_CERT});
 * without them a development credential minted at first use and kept in memory (sandbox only).
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys implements SigningIdentity {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final InitiatorSettings settings = InitiatorSettings.system();
    private volatile SigningCredential credential;

    public SigningCredential credential() {
        SigningCredential c = credential;
        if (c == null) {
            synchronized (this) {
                if (credential == null) {
                    credential = load();
                }
                c = credential;
            }
        }
        return c;
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

    private SigningCredential load() {
        String key = settings.get("crossway.signing.key", null);
        String cert = settings.get("crossway.signing.cert", null);
        if (key != null && cert != null) {
            try {
                return SigningCredential.fromPem(Files.readString(Path.of(key), StandardCharsets.US_ASCII),
                        Files.readString(Path.of(cert), StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new IllegalStateException("signing key or certificate unreadable: " + e.getMessage(), e);
            }
        }
        LOG.warning("crossway.signing.key / crossway.signing.cert not set: signing outbound assertions with a generated "
                + "development certificate, valid only for the sandbox");
        return DevCredentials.selfSigned("CN=Crossway initiator (development), O=Crossway", Instant.now().minusSeconds(300),
                Duration.ofDays(365));
    }
}
