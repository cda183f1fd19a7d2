package dev.crossway.interop.xcpd;

/** HL7v3 and IHE XCPD constants: namespace, interactions, SOAP actions and code systems. */
public final class Hl7v3 {

    public static final String NS = "urn:hl7-org:v3";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** The namespace of IHE XCPD's own SOAP headers (CorrelationTimeToLive). */
    public static final String XCPD_NS = "urn:ihe:iti:xcpd:2009";

    public static final String QUERY = "PRPA_IN201305UV02";
    public static final String RESPONSE = "PRPA_IN201306UV02";
    public static final String ACK = "MCCI_IN000002UV01";

    public static final String ACTION_QUERY = "urn:hl7-org:v3:PRPA_IN201305UV02:CrossGatewayPatientDiscovery";
    public static final String ACTION_RESPONSE = "urn:hl7-org:v3:PRPA_IN201306UV02:CrossGatewayPatientDiscovery";
    public static final String ACTION_DEFERRED_QUERY = "urn:hl7-org:v3:PRPA_IN201305UV02:Deferred:CrossGatewayPatientDiscovery";
    public static final String ACTION_ACK = "urn:hl7-org:v3:MCCI_IN000002UV01";

    public static final String INTERACTION_ROOT = "2.16.840.1.113883.1.6";
    public static final String GENDER_SYSTEM = "2.16.840.1.113883.5.1";
    public static final String ACK_DETAIL_SYSTEM = "2.16.840.1.113883.5.1100";
    public static final String DETECTED_ISSUE_SYSTEM = "2.16.840.1.113883.5.4";
    /** IHE code system of the "more attributes requested" codes. */
    public static final String ATTRIBUTE_REQUESTED_SYSTEM = "1.3.6.1.4.1.19376.1.2.27.1";
    /** IHE code system of the XCPD error codes (ResponderBusy, AnswerNotAvailable, InternalError). */
    public static final String ERROR_SYSTEM = "1.3.6.1.4.1.19376.1.2.27.3";
    public static final String HEALTH_DATA_LOCATOR_SYSTEM = "1.3.6.1.4.1.19376.1.2.27.2";

    private Hl7v3() {
    }
}
