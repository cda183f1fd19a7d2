package dev.crossway.interop.soap;

import dev.crossway.interop.id.RandomUuids;
import java.util.Objects;
import java.util.Optional;

/**
 * The WS-Addressing 1.0 headers IHE uses: Action (which transaction), MessageID, To, ReplyTo
 * (its Address) and RelatesTo (the request's MessageID, on a response). Values are whitespace
 * collapsed as xs:anyURI is, because real partners wrap them across lines.
 */
public record WsAddressing(Optional<String> action, Optional<String> messageId, Optional<String> to,
                           Optional<String> replyTo, Optional<String> relatesTo) {

    public WsAddressing {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(relatesTo, "relatesTo");
    }

    /** A request to {@code to} with a fresh {@code urn:uuid:} MessageID and the anonymous ReplyTo. */
    public static WsAddressing request(String action, String to) {
        return new WsAddressing(Optional.of(action), Optional.of(newMessageId()), Optional.ofNullable(to),
                Optional.of(SoapNamespaces.WSA_ANONYMOUS), Optional.empty());
    }

    /** The answer to {@code request}: a fresh MessageID and RelatesTo the request's MessageID. */
    public static WsAddressing responseTo(WsAddressing request, String action) {
        return new WsAddressing(Optional.of(action), Optional.of(newMessageId()), Optional.empty(),
                Optional.empty(), request.messageId());
    }

    public static String newMessageId() {
        return "urn:uuid:" + RandomUuids.next();
    }

    /** The Action, or a clear exception naming the missing header. */
    public String requireAction() {
        return action.orElseThrow(() -> new SoapMessageException("WS-Addressing Action header is missing"));
    }
}
