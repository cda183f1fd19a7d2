package dev.crossway.responder.infrastructure.downstream;

import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The credential forwarded requests are signed with, once per node: the PEM files named by
 * {@code crossway.signing.key} / {@code crossway.signing.cert} ({@code CROSSWAY_SIGNING_KEY},
 * {@code CROSSWAY_SIGNING_CERT}), the same the initiator signs with; without them a self-signed
 * development credential generated at first use (logged as a warning; a facility must then trust
 * that node's certificate, so it is for the sandbox only).
 */
public final class GatewaySigningKey {

    private static final Logger LOG = Logger.getLogger(GatewaySigningKey.class.getName());
    private static volatile SigningCredential node;

    private GatewaySigningKey() {
    }

    /** This node's credential, loaded or generated on first use. */
    public static SigningCredential node() {
        SigningCredential c = node;
        if (c == null) {
            synchronized (GatewaySigningKey.class) {
                if (node == null) {
                    node = load(DownstreamSettings.value("crossway.signing.key", "CROSSWAY_SIGNING_KEY"),
                            DownstreamSettings.value("crossway.signing.cert", "CROSSWAY_SIGNING_CERT"));
                }
                c = node;
            }
        }
        return c;
    }

    static SigningCredential load(Optional<String> keyFile, Optional<String> certFile) {
        if (keyFile.isPresent() && certFile.isPresent()) {
            try {
                return SigningCredential.fromPem(Files.readString(Path.of(keyFile.get()), StandardCharsets.US_ASCII),
                        Files.readString(Path.of(certFile.get()), StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new IllegalStateException("signing key or certificate unreadable: " + e.getMessage(), e);
            }
        }
        LOG.warning("crossway.signing.key / crossway.signing.cert not set: requests forwarded to gateway-mode communities are "
                + "signed with a generated development certificate, valid only for the sandbox");
        return DevCredentials.selfSigned("CN=Crossway responding gateway (development), O=Crossway",
                Instant.now().minusSeconds(300), Duration.ofDays(365));
    }
}
