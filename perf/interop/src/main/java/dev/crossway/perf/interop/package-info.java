/**
 * JMH benchmarks of what one message costs the gateway in CPU, outside any server: parsing and
 * checking the SOAP envelope, verifying the SAML assertion, reading the IHE payload, building and
 * serialising the answer, and reading a C-CDA. Inputs (signed messages, keys, answers) are built
 * in {@code @Setup}, before the timed window, from the shared samples read in place.
 */
package dev.crossway.perf.interop;
