/**
 * The outbound side of the gateway mode: a SOAP 1.2 client that forwards what the identity cache
 * cannot answer to a hosted community's own XCPD/XCA endpoints, signed with the gateway's
 * credential on behalf of the original initiator, with bounded time and response size.
 */
package dev.crossway.responder.infrastructure.downstream;
