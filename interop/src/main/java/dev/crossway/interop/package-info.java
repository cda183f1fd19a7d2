/**
 * The formats Crossway speaks on the wire, free of any server: SOAP 1.2 with WS-Addressing and
 * WS-Security, HL7v3 XCPD (ITI-55), ebRIM/ebRS XCA (ITI-38, ITI-39), SAML 2.0 assertions and
 * C-CDA documents. Everything here is plain Java so the initiator, the responder and the
 * benchmarks share one implementation, and every parse goes through {@link dev.crossway.interop.xml.SecureXml}.
 */
package dev.crossway.interop;
