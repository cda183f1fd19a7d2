package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SecurityRejection.Rule.BAD_SIGNATURE;
import static dev.crossway.interop.saml.SecurityRejection.Rule.SIGNATURE_WRAPPING;
import static dev.crossway.interop.saml.SecurityRejection.Rule.WEAK_ALGORITHM;

import java.security.Provider;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.reference.ReferenceData;
import org.apache.xml.security.signature.reference.ReferenceSubTreeData;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks one {@code ds:Signature} against the one element it must cover. The structure is
 * checked on the DOM before Santuario sees it: a single reference, whose URI is {@code #} plus the
 * ID of exactly that element, an ID carried by no other element, and only allow-listed algorithms
 * and transforms. Santuario then runs with secure validation, and afterwards the node it actually
 * dereferenced must be the expected element.
 */
final class SignatureCheck {

    private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    private static final Set<String> TRANSFORMS = Set.of(EXC_C14N, ENVELOPED);
    private static final int MAX_TRANSFORMS = 2;

    private final Element signature;
    private final Element target;
    private final String what;
    private final IdCheck ids;
    private boolean sha1;

    /**
     * {@code what} names the target in messages ("assertion", "timestamp"); {@code ids} are the
     * identifier counts of the target's document ({@link IdCheck#of}).
     */
    SignatureCheck(Element signature, Element target, String what, IdCheck ids) {
        this.signature = signature;
        this.target = target;
        this.what = what;
        this.ids = ids;
    }

    /** The structural checks and the algorithm allow-list; returns the signature algorithm. */
    SignatureAlgorithm checkStructure(String idNamespace, String idName) {
        String ns = idNamespace == null || idNamespace.isEmpty() ? null : idNamespace;
        String id = target.getAttributeNS(ns, idName).trim();
        if (id.isEmpty()) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "the signed " + what + " has no " + idName + " attribute");
        }
        Element signedInfo = single(signature, "SignedInfo");
        String c14n = algorithm(single(signedInfo, "CanonicalizationMethod"));
        if (!EXC_C14N.equals(c14n)) {
            throw new SecurityRejection(WEAK_ALGORITHM, "canonicalization " + c14n + " is not accepted, only exclusive c14n");
        }
        String method = algorithm(single(signedInfo, "SignatureMethod"));
        SignatureAlgorithm algorithm = SignatureAlgorithm.bySignatureUri(method).orElseThrow(() ->
                new SecurityRejection(WEAK_ALGORITHM, "signature method " + method + " is not accepted (RSA-SHA256 or RSA-SHA1 only)"));
        List<Element> references = Dom.children(signedInfo, SamlNames.DS, "Reference");
        if (references.size() != 1) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "the " + what + " signature must have exactly one reference, it has " + references.size());
        }
        sha1 = algorithm == SignatureAlgorithm.RSA_SHA1;
        checkReference(references.get(0), id);
        if (ids.count(id) != 1) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "ID '" + id + "' of the signed " + what + " occurs on more than one element");
        }
        target.setIdAttributeNS(ns, idName, true);
        return algorithm;
    }

    /** Verifies the signature value and digest with {@code key}, then that the signed node is the target. */
    void verify(PublicKey key) {
        verify(key, RsaProvider.current());
    }

    /**
     * As {@link #verify(PublicKey)}, the signature value's RSA on {@code rsa} (empty: the JDK's);
     * Santuario takes the digests from the JDK either way.
     */
    void verify(PublicKey key, Optional<Provider> rsa) {
        Santuario.init();
        try {
            XMLSignature xmlSignature = rsa.isPresent()
                    ? new XMLSignature(signature, "", true, rsa.get())
                    : new XMLSignature(signature, "", true);
            if (!xmlSignature.checkSignatureValue(key)) {
                throw new SecurityRejection(BAD_SIGNATURE, failure(xmlSignature.getSignedInfo()));
            }
            // The node Santuario dereferenced and digested while verifying, as it recorded it: asking
            // getContentsBeforeTransformation() again resolved the URI a second time, with another
            // walk of the whole document (secure validation's own ID check), 4% of an XCPD
            // request-to-response in the interop JMH profile. A reference that did not resolve to one
            // element (no subtree recorded) is refused like one that resolved to another.
            ReferenceData digested = xmlSignature.getSignedInfo().item(0).getReferenceData();
            Node covered = digested instanceof ReferenceSubTreeData subtree ? subtree.getRoot() : null;
            if (covered != target) {
                throw new SecurityRejection(SIGNATURE_WRAPPING, "the " + what + " signature covers another element");
            }
        } catch (XMLSecurityException e) {
            throw new SecurityRejection(BAD_SIGNATURE, "the " + what + " signature cannot be checked: " + e.getMessage());
        }
    }

    private String failure(SignedInfo signedInfo) {
        try {
            return signedInfo.verifyReferences()
                    ? "the " + what + " signature value does not match the signer's key"
                    : "the digest of the signed " + what + " does not match: it was altered after signing";
        } catch (XMLSecurityException e) {
            return "the " + what + " signature does not verify";
        }
    }

    private void checkReference(Element reference, String id) {
        String uri = reference.getAttributeNS(null, "URI");
        if (!uri.equals("#" + id)) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "the " + what + " signature references '" + uri
                    + "', not the " + what + " itself (#" + id + ")");
        }
        List<Element> transforms = Dom.child(reference, SamlNames.DS, "Transforms")
                .map(t -> Dom.children(t, SamlNames.DS, "Transform")).orElse(List.of());
        if (transforms.size() > MAX_TRANSFORMS) {
            throw new SecurityRejection(WEAK_ALGORITHM, "the " + what + " reference has " + transforms.size() + " transforms, at most " + MAX_TRANSFORMS + " are accepted");
        }
        for (Element transform : transforms) {
            if (!TRANSFORMS.contains(algorithm(transform))) {
                throw new SecurityRejection(WEAK_ALGORITHM, "transform " + algorithm(transform) + " is not accepted");
            }
        }
        String digest = algorithm(single(reference, "DigestMethod"));
        if (!SignatureAlgorithm.isAcceptedDigest(digest)) {
            throw new SecurityRejection(WEAK_ALGORITHM, "digest " + digest + " is not accepted (SHA-256 or SHA-1 only)");
        }
        sha1 |= SignatureAlgorithm.RSA_SHA1.digestUri().equals(digest);
    }

    /**
     * After the signer's trust anchor is known: RSA-SHA1 or a SHA-1 digest only when that anchor
     * allows it ({@link Anchor#allowSha1()}), for the older partners that still send them.
     */
    void checkSha1AllowedBy(Anchor anchor) {
        if (sha1 && !anchor.allowSha1()) {
            throw new SecurityRejection(WEAK_ALGORITHM, "the " + what + " signature uses SHA-1 (RSA-SHA1 or a SHA-1 digest),"
                    + " which is accepted only from signers whose trust anchor allows it, and '" + anchor.subject() + "' does not");
        }
    }

    private Element single(Element parent, String localName) {
        List<Element> found = Dom.children(parent, SamlNames.DS, localName);
        if (found.size() != 1) {
            throw new SecurityRejection(BAD_SIGNATURE, "the " + what + " signature needs exactly one ds:" + localName);
        }
        return found.get(0);
    }

    private static String algorithm(Element e) {
        return e.getAttributeNS(null, "Algorithm").trim();
    }
}
