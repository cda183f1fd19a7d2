/**
 * XCPD, Cross-Gateway Patient Discovery (IHE ITI-55): the HL7v3 query PRPA_IN201305UV02, the
 * response PRPA_IN201306UV02 in its five cases (one match, several, more attributes requested,
 * no match, error), the MCCI_IN000002UV01 acknowledgement and the CorrelationTimeToLive header.
 * Immutable records model what the messages carry; one reader and one writer per message read
 * and write DOM elements in the {@code urn:hl7-org:v3} namespace.
 */
package dev.crossway.interop.xcpd;
