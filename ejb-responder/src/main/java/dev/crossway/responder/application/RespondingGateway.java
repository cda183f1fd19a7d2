package dev.crossway.responder.application;

import jakarta.ejb.Local;

/**
 * The responding gateway's three IHE transactions for every hosted community. Each method takes
 * the raw HTTP request and returns the raw answer; it never throws: a malformed, hostile or
 * unauthorised request gets a SOAP 1.2 fault (HTTP 400 for a Sender fault, 500 for Receiver), a
 * well-formed one its IHE answer (HTTP 200), and every request is audited.
 */
@Local
public interface RespondingGateway {

    /** ITI-55 Cross Gateway Patient Discovery. */
    GatewayReply xcpd(GatewayRequest request);

    /** ITI-38 Cross Gateway Query. */
    GatewayReply xcaQuery(GatewayRequest request);

    /** ITI-39 Cross Gateway Retrieve (MTOM answer when asked in MTOM). */
    GatewayReply xcaRetrieve(GatewayRequest request);
}
