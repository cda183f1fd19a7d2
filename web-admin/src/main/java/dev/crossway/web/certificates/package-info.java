/**
 * The certificate inventory: every certificate the installation uses (SAML signing, TLS server,
 * TLS client) or trusts (TLS and SAML trust anchors), its expiry state, shown by the API, the
 * portal (a banner on every page when one needs attention) and the health check.
 */
package dev.crossway.web.certificates;
