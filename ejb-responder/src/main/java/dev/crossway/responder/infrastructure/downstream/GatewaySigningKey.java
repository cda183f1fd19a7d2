package dev.crossway.responder.infrastructure.downstream;

import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.SigningKeyFiles;

/**
 * The credential forwarded requests are signed with, once per node: the same files the initiator
 * signs with ({@link SigningKeyFiles}: {@code CROSSWAY_SIGNING_KEY} / {@code CROSSWAY_SIGNING_CERT},
 * re-read when they change); a generated development credential in the sandbox only (a facility
 * must then trust that node's certificate).
 */
public final class GatewaySigningKey {

    private static volatile SigningKeyFiles node;

    private GatewaySigningKey() {
    }

    /** This node's credential, loaded or generated on first use. */
    public static SigningCredential node() {
        SigningKeyFiles c = node;
        if (c == null) {
            synchronized (GatewaySigningKey.class) {
                if (node == null) {
                    node = SigningKeyFiles.fromEnvironment("CN=Crossway responding gateway (development), O=Crossway");
                }
                c = node;
            }
        }
        return c.get();
    }
}
