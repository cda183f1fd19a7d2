/**
 * SAML 2.0 holder-of-key assertions and the WS-Security header that carries them on Carequality
 * SOAP traffic: building and signing ({@link dev.crossway.interop.saml.WsSecurity}), and verifying
 * with one named rule per failure ({@link dev.crossway.interop.saml.WsSecurityVerifier},
 * {@link dev.crossway.interop.saml.SecurityRejection.Rule}).
 *
 * <p>Signatures are made and checked with Apache Santuario directly, because OpenSAML (and with it
 * WSS4J's SAML support) is not on Maven Central. The verifier never lets Santuario decide what was
 * signed: it locates the assertion and timestamp itself, by position in the Security header, and
 * then demands that each signature references exactly that element.
 */
package dev.crossway.interop.saml;
