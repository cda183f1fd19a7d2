package dev.crossway.responder.application.internal;

import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.responder.domain.audit.Transaction;
import java.util.Set;

/** The three responder endpoints: the transaction each serves and the WS-Addressing actions it takes. */
enum GatewayEndpoint {
    XCPD(Transaction.ITI_55, Set.of(Hl7v3.ACTION_QUERY, Hl7v3.ACTION_DEFERRED_QUERY)),
    XCA_QUERY(Transaction.ITI_38, Set.of(EbXml.ACTION_QUERY)),
    XCA_RETRIEVE(Transaction.ITI_39, Set.of(EbXml.ACTION_RETRIEVE));

    private final Transaction transaction;
    private final Set<String> actions;

    GatewayEndpoint(Transaction transaction, Set<String> actions) {
        this.transaction = transaction;
        this.actions = actions;
    }

    Transaction transaction() {
        return transaction;
    }

    boolean accepts(String action) {
        return actions.contains(action);
    }

    Set<String> actions() {
        return actions;
    }
}
