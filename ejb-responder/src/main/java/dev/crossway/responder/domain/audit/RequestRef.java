package dev.crossway.responder.domain.audit;

import dev.crossway.interop.id.RandomUuids;

/**
 * How a gateway request is named in the audit trail: {@code id}, Crossway's own
 * ({@code urn:uuid:...}, made when the request arrives, so two senders reusing a MessageID, or a
 * missing one, never merge records), and the sender's WS-Addressing MessageID kept beside it
 * (null when it sent none) so that the sender's logs can be matched.
 */
public record RequestRef(String id, String messageId) {

    /** A WS-Addressing MessageID longer than this is cut (the column's size); no real one comes near. */
    public static final int MAX_MESSAGE_ID = 1000;

    public RequestRef {
        java.util.Objects.requireNonNull(id, "id");
        messageId = messageId == null || messageId.length() <= MAX_MESSAGE_ID ? messageId : messageId.substring(0, MAX_MESSAGE_ID);
    }

    /** A new request, its sender's MessageID not yet read. */
    public static RequestRef fresh() {
        return new RequestRef("urn:uuid:" + RandomUuids.next(), null);
    }

    public RequestRef withMessageId(String messageId) {
        return new RequestRef(id, messageId);
    }

    @Override
    public String toString() {
        return messageId == null ? id : id + " (MessageID " + messageId + ")";
    }
}
