package dev.crossway.interop.saml;

/** Namespaces and the Carequality/NHIN attribute names, in one place. */
final class SamlNames {

    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSSE11 = "http://docs.oasis-open.org/wss/oasis-wss-wssecurity-secext-1.1.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String HL7 = "urn:hl7-org:v3";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    static final String HOLDER_OF_KEY = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key";
    static final String X509_SUBJECT_NAME = "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName";
    static final String NAMEID_UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    static final String URI_NAME_FORMAT = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";
    static final String AUTHN_X509 = "urn:oasis:names:tc:SAML:2.0:ac:classes:X509";
    static final String SAML_V2_TOKEN = "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV2.0";
    static final String SAML_ID_VALUE_TYPE = "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLID";

    static final String SUBJECT_ID = "urn:oasis:names:tc:xspa:1.0:subject:subject-id";
    static final String ORGANIZATION = "urn:oasis:names:tc:xspa:1.0:subject:organization";
    static final String ORGANIZATION_ID = "urn:oasis:names:tc:xspa:1.0:subject:organization-id";
    static final String HOME_COMMUNITY_ID = "urn:nhin:names:saml:homeCommunityId";
    static final String HOME_COMMUNITY_ID_XCA = "urn:ihe:iti:xca:2010:homeCommunityId";
    static final String ROLE = "urn:oasis:names:tc:xacml:2.0:subject:role";
    static final String PURPOSE_OF_USE = "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse";
    static final String NPI = "urn:oasis:names:tc:xspa:2.0:subject:npi";
    static final String NPI_V1 = "urn:oasis:names:tc:xspa:1.0:subject:npi";
    /** Carequality's delegation attribute: who authorised a query made on someone's behalf. */
    static final String QUERY_AUTH_GRANTOR = "QueryAuthGrantor";

    private SamlNames() {
    }
}
