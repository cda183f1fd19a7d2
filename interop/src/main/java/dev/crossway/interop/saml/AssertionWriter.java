package dev.crossway.interop.saml;

import dev.crossway.interop.id.RandomUuids;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Base64;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes and signs a holder-of-key SAML 2.0 assertion with the Carequality attributes. */
final class AssertionWriter {

    private static final String S = "saml2:";

    private AssertionWriter() {
    }

    /**
     * Appends a signed assertion to {@code parent} (a document or an element). It is attached
     * before signing because Santuario resolves the reference only among attached elements.
     */
    static Element appendSigned(Node parent, AssertionSpec spec, SigningCredential credential, Instant now) {
        Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
        String id = "_" + RandomUuids.next();
        String signerDn = credential.certificate().getSubjectX500Principal().getName();
        Element assertion = doc.createElementNS(SamlNames.SAML2, S + "Assertion");
        declare(assertion, "saml2", SamlNames.SAML2);
        declare(assertion, "xsi", SamlNames.XSI);
        assertion.setAttributeNS(null, "ID", id);
        assertion.setIdAttributeNS(null, "ID", true);
        assertion.setAttributeNS(null, "IssueInstant", XmlTime.format(now));
        assertion.setAttributeNS(null, "Version", "2.0");
        parent.appendChild(assertion);

        Element issuer = Dom.append(assertion, SamlNames.SAML2, S + "Issuer", spec.issuer() != null ? spec.issuer() : signerDn);
        if (spec.issuer() == null) {
            issuer.setAttributeNS(null, "Format", SamlNames.X509_SUBJECT_NAME);
        }
        subject(assertion, spec.nameId() != null ? spec.nameId() : signerDn, spec.nameId() == null, credential);
        conditions(assertion, spec, now);
        authnStatement(assertion, now, id);
        attributes(assertion, spec);

        XmlSigner.sign(assertion, id, assertion, issuer.getNextSibling(), credential, spec.algorithm(),
                s -> addCertificate(s, credential));
        return assertion;
    }

    private static void subject(Element assertion, String nameId, boolean isDn, SigningCredential credential) {
        Element subject = Dom.append(assertion, SamlNames.SAML2, S + "Subject");
        Element name = Dom.append(subject, SamlNames.SAML2, S + "NameID", nameId);
        name.setAttributeNS(null, "Format", isDn ? SamlNames.X509_SUBJECT_NAME : SamlNames.NAMEID_UNSPECIFIED);
        Element confirmation = Dom.append(subject, SamlNames.SAML2, S + "SubjectConfirmation");
        confirmation.setAttributeNS(null, "Method", SamlNames.HOLDER_OF_KEY);
        Element data = Dom.append(confirmation, SamlNames.SAML2, S + "SubjectConfirmationData");
        data.setAttributeNS(SamlNames.XSI, "xsi:type", "saml2:KeyInfoConfirmationDataType");
        Element keyInfo = Dom.append(data, SamlNames.DS, "ds:KeyInfo");
        declare(keyInfo, "ds", SamlNames.DS);
        Element x509Data = Dom.append(keyInfo, SamlNames.DS, "ds:X509Data");
        Dom.append(x509Data, SamlNames.DS, "ds:X509Certificate", base64(credential));
    }

    private static void conditions(Element assertion, AssertionSpec spec, Instant now) {
        Element conditions = Dom.append(assertion, SamlNames.SAML2, S + "Conditions");
        conditions.setAttributeNS(null, "NotBefore", XmlTime.format(now));
        conditions.setAttributeNS(null, "NotOnOrAfter", XmlTime.format(now.plus(spec.validity())));
        Element restriction = Dom.append(conditions, SamlNames.SAML2, S + "AudienceRestriction");
        Dom.append(restriction, SamlNames.SAML2, S + "Audience", spec.audience());
    }

    private static void authnStatement(Element assertion, Instant now, String id) {
        Element authn = Dom.append(assertion, SamlNames.SAML2, S + "AuthnStatement");
        authn.setAttributeNS(null, "AuthnInstant", XmlTime.format(now));
        authn.setAttributeNS(null, "SessionIndex", id);
        Element context = Dom.append(authn, SamlNames.SAML2, S + "AuthnContext");
        Dom.append(context, SamlNames.SAML2, S + "AuthnContextClassRef", SamlNames.AUTHN_X509);
    }

    private static void attributes(Element assertion, AssertionSpec spec) {
        Element statement = Dom.append(assertion, SamlNames.SAML2, S + "AttributeStatement");
        text(statement, SamlNames.SUBJECT_ID, spec.subjectId());
        text(statement, SamlNames.ORGANIZATION, spec.organization());
        text(statement, SamlNames.ORGANIZATION_ID, spec.organizationId() != null
                ? spec.organizationId() : spec.homeCommunityId().urn());
        text(statement, SamlNames.HOME_COMMUNITY_ID, spec.homeCommunityId().urn());
        if (spec.role() != null) {
            coded(statement, SamlNames.ROLE, "hl7:Role", spec.role(), "SNOMED_CT");
        }
        coded(statement, SamlNames.PURPOSE_OF_USE, "hl7:PurposeOfUse", spec.purposeOfUse(), "nhin-purpose");
        text(statement, SamlNames.NPI, spec.npi());
        text(statement, SamlNames.QUERY_AUTH_GRANTOR, spec.queryAuthGrantor());
    }

    private static Element attribute(Element statement, String name) {
        Element attribute = Dom.append(statement, SamlNames.SAML2, S + "Attribute");
        attribute.setAttributeNS(null, "Name", name);
        attribute.setAttributeNS(null, "NameFormat", SamlNames.URI_NAME_FORMAT);
        return Dom.append(attribute, SamlNames.SAML2, S + "AttributeValue");
    }

    private static void text(Element statement, String name, String value) {
        if (value != null) {
            attribute(statement, name).setTextContent(value);
        }
    }

    private static void coded(Element statement, String name, String element, CodedValue value, String systemName) {
        Element code = Dom.append(attribute(statement, name), SamlNames.HL7, element);
        declare(code, "hl7", SamlNames.HL7);
        code.setAttributeNS(null, "code", value.code());
        if (value.codeSystem() != null) {
            code.setAttributeNS(null, "codeSystem", value.codeSystem());
            code.setAttributeNS(null, "codeSystemName", systemName);
        }
        if (value.displayName() != null) {
            code.setAttributeNS(null, "displayName", value.displayName());
        }
        code.setAttributeNS(SamlNames.XSI, "xsi:type", "hl7:CE");
    }

    private static void addCertificate(org.apache.xml.security.signature.XMLSignature signature,
                                       SigningCredential credential) {
        try {
            signature.addKeyInfo(credential.certificate());
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("certificate cannot be added to KeyInfo: " + e.getMessage(), e);
        }
    }

    private static String base64(SigningCredential credential) {
        try {
            return Base64.getEncoder().encodeToString(credential.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    static void declare(Element e, String prefix, String ns) {
        e.setAttributeNS(SamlNames.XMLNS, "xmlns:" + prefix, ns);
    }
}
