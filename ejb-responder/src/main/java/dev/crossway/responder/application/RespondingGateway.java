package dev.crossway.responder.application;

import jakarta.ejb.Local;
import java.util.concurrent.CompletionStage;

/**
 * The responding gateway's three IHE transactions for every hosted community. Each method takes
 * the raw HTTP request and returns the raw answer; it never throws: a malformed, hostile or
 * unauthorised request gets a SOAP 1.2 fault (HTTP 400 for a Sender fault, 500 for Receiver), a
 * well-formed one its IHE answer (HTTP 200), and every request is audited.
 *
 * <p>The answer is a stage, completed once the request's audit records are committed, on the
 * thread that committed them: nothing is answered before it is recorded, and the request's own
 * thread does not wait for the commit. An answer whose records could not be committed is replaced
 * by a Receiver fault (HTTP 500). The stage never completes exceptionally.
 */
@Local
public interface RespondingGateway {

    /** ITI-55 Cross Gateway Patient Discovery. */
    CompletionStage<GatewayReply> xcpd(GatewayRequest request);

    /** ITI-38 Cross Gateway Query. */
    CompletionStage<GatewayReply> xcaQuery(GatewayRequest request);

    /** ITI-39 Cross Gateway Retrieve (MTOM answer when asked in MTOM). */
    CompletionStage<GatewayReply> xcaRetrieve(GatewayRequest request);
}
