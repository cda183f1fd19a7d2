package dev.crossway.interop.xca;

/** Namespaces, SOAP actions and XDS metadata UUIDs used by ITI-38 and ITI-39. */
public final class EbXml {

    public static final String RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
    public static final String QUERY = "urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0";
    public static final String RS = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";
    public static final String LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
    public static final String XDSB = "urn:ihe:iti:xds-b:2007";

    public static final String ACTION_QUERY = "urn:ihe:iti:2007:CrossGatewayQuery";
    public static final String ACTION_QUERY_RESPONSE = "urn:ihe:iti:2007:CrossGatewayQueryResponse";
    public static final String ACTION_RETRIEVE = "urn:ihe:iti:2007:CrossGatewayRetrieve";
    public static final String ACTION_RETRIEVE_RESPONSE = "urn:ihe:iti:2007:CrossGatewayRetrieveResponse";

    public static final String STATUS_APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
    public static final String STATUS_DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";

    public static final String STABLE_DOCUMENT = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
    public static final String ON_DEMAND_DOCUMENT = "urn:uuid:34268e47-fdf5-41a6-ba33-82133c465248";

    public static final String CLASS_CODE = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
    public static final String CONFIDENTIALITY_CODE = "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
    public static final String EVENT_CODE = "urn:uuid:2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4";
    public static final String FORMAT_CODE = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
    public static final String FACILITY_TYPE_CODE = "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1";
    public static final String PRACTICE_SETTING_CODE = "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead";
    public static final String TYPE_CODE = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
    public static final String AUTHOR = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";
    public static final String UNIQUE_ID = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";
    public static final String PATIENT_ID = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";

    private EbXml() {
    }
}
