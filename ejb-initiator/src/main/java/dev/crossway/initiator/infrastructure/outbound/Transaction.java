package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xcpd.Hl7v3;

/** The three initiating transactions, named as the directory names their endpoints. */
public enum Transaction {
    XCPD("XCPD ITI-55", Hl7v3.ACTION_QUERY),
    XCA_QUERY("XCA ITI-38", EbXml.ACTION_QUERY),
    XCA_RETRIEVE("XCA ITI-39", EbXml.ACTION_RETRIEVE);

    private final String directoryName;
    private final String action;

    Transaction(String directoryName, String action) {
        this.directoryName = directoryName;
        this.action = action;
    }

    /** As in the directory's endpoint {@code transaction} and the call log. */
    public String directoryName() {
        return directoryName;
    }

    /** The WS-Addressing Action of the request. */
    public String action() {
        return action;
    }
}
