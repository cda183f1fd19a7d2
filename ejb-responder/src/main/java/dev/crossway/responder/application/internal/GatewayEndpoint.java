package dev.crossway.responder.application.internal;

import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.responder.domain.audit.Transaction;
import java.util.Set;

/**
 * The three responder endpoints: the path each is served at (under a public URL: the assertion's
 * audience), the transaction each serves and the WS-Addressing actions it takes.
 */
enum GatewayEndpoint {
    XCPD("/gateway/xcpd", Transaction.ITI_55, Set.of(Hl7v3.ACTION_QUERY, Hl7v3.ACTION_DEFERRED_QUERY)),
    XCA_QUERY("/gateway/xca/query", Transaction.ITI_38, Set.of(EbXml.ACTION_QUERY)),
    XCA_RETRIEVE("/gateway/xca/retrieve", Transaction.ITI_39, Set.of(EbXml.ACTION_RETRIEVE));

    private final String path;
    private final Transaction transaction;
    private final Set<String> actions;

    GatewayEndpoint(String path, Transaction transaction, Set<String> actions) {
        this.path = path;
        this.transaction = transaction;
        this.actions = actions;
    }

    String path() {
        return path;
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
