/**
 * The responding gateway's HTTP transport: SOAP 1.2 in, SOAP 1.2 out. Deliberately thin: it
 * bounds the body and hands the bytes to the responder's {@code RespondingGateway}, which parses
 * them with the hardened interop library, verifies WS-Security and answers in IHE form.
 */
package dev.crossway.web.gateway;
