package dev.crossway.interop.saml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The forgeries an attacker (or a broken partner) would try, applied to a secured envelope. */
final class Tamper {

    private Tamper() {
    }

    static Element security(Document envelope) {
        return SecurityHeader.find(envelope).get(0);
    }

    static Element assertion(Document envelope) {
        return Dom.child(security(envelope), SamlNames.SAML2, "Assertion").orElseThrow();
    }

    static Element reference(Element assertion) {
        Element signature = Dom.child(assertion, SamlNames.DS, "Signature").orElseThrow();
        Element signedInfo = Dom.child(signature, SamlNames.DS, "SignedInfo").orElseThrow();
        return Dom.child(signedInfo, SamlNames.DS, "Reference").orElseThrow();
    }

    /**
     * Classic XML signature wrapping: the genuine signed assertion is hidden inside a wrapper
     * element and an evil copy (another subject) takes its place where the reader looks, with the
     * same ID or another, carrying a copy of the genuine signature or none.
     */
    static void wrap(Document envelope, boolean sameId, boolean copySignature) {
        Element genuine = assertion(envelope);
        Element security = (Element) genuine.getParentNode();
        Element evil = (Element) genuine.cloneNode(true);
        for (Element value : Dom.childElements(evil)) {
            if ("AttributeStatement".equals(value.getLocalName())) {
                value.getFirstChild().getFirstChild().setTextContent("Mallory");
            }
        }
        if (!sameId) {
            evil.setAttributeNS(null, "ID", "_evil");
        }
        if (!copySignature) {
            Element signature = Dom.child(evil, SamlNames.DS, "Signature").orElseThrow();
            evil.removeChild(signature);
        }
        security.replaceChild(evil, genuine);
        Element wrapper = envelope.createElementNS("urn:evil", "evil:Wrapper");
        wrapper.appendChild(genuine);
        Element subject = Dom.child(evil, SamlNames.SAML2, "Subject").orElseThrow();
        subject.appendChild(wrapper);
    }

    static void removeAttribute(Element assertion, String name) {
        for (Element statement : Dom.children(assertion, SamlNames.SAML2, "AttributeStatement")) {
            for (Element attribute : Dom.children(statement, SamlNames.SAML2, "Attribute")) {
                if (name.equals(attribute.getAttributeNS(null, "Name"))) {
                    statement.removeChild(attribute);
                }
            }
        }
    }

    /** Signs an edited assertion again, as a careless or malicious issuer would. */
    static void resign(Element assertion, SigningCredential credential) {
        resign(assertion, credential, false);
    }

    static void resign(Element assertion, SigningCredential credential, boolean bareKey) {
        Element old = Dom.child(assertion, SamlNames.DS, "Signature").orElseThrow();
        Element issuer = Dom.child(assertion, SamlNames.SAML2, "Issuer").orElseThrow();
        assertion.removeChild(old);
        XmlSigner.sign(assertion, assertion.getAttributeNS(null, "ID"), assertion, issuer.getNextSibling(), credential,
                SignatureAlgorithm.RSA_SHA256, s -> {
                    try {
                        if (bareKey) {
                            s.addKeyInfo(credential.certificate().getPublicKey());
                        } else {
                            s.addKeyInfo(credential.certificate());
                        }
                    } catch (org.apache.xml.security.exceptions.XMLSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
