package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossway.responder.application.TrustAnchorView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trust anchor in the API: {@code ID} (its SHA-256 fingerprint, what {@code DELETE
 * /admin/trust-anchors/{ID}} takes), {@code Subject}, {@code NotAfter}, {@code Kind} ({@code CA} or
 * {@code PINNED}), {@code AllowSha1}, {@code State} ({@code valid}, {@code expiring} within 30 days,
 * {@code expired}), and the rest.
 */
@Schema
public record TrustAnchorDto(@JsonProperty("ID") String id, String subject, Instant notAfter, String issuer, Instant notBefore,
                             String label, String fingerprint, String kind, boolean allowSha1, String state) {

    public static TrustAnchorDto of(TrustAnchorView v) {
        return new TrustAnchorDto(v.fingerprint(), v.subject(), v.notAfter(), v.issuer(), v.notBefore(), v.label(),
                v.fingerprint(), v.kind(), v.allowSha1(), v.state());
    }
}
