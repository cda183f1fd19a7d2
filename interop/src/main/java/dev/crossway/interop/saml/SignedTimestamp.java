package dev.crossway.interop.saml;

import java.time.Instant;
import java.util.Objects;

/**
 * The {@code wsu:Timestamp} that the assertion's holder signed for this message. Its id and
 * signature value identify one sending of a security header: the holder-of-key signs a fresh one
 * per message, so seeing the same pair twice means the header was captured and replayed.
 */
public record SignedTimestamp(String id, String signatureValue, Instant created, Instant expires) {

    public SignedTimestamp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signatureValue, "signatureValue");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }
}
