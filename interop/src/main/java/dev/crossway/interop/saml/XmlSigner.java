package dev.crossway.interop.saml;

import java.util.function.Consumer;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Makes one XML signature over one element, referenced by its ID, with exclusive c14n. */
final class XmlSigner {

    private XmlSigner() {
    }

    /**
     * Signs {@code target} (whose ID attribute must already be registered as an ID) and places the
     * signature in {@code parent} before {@code before} (null: at the end). The signature is
     * enveloped when {@code parent} is the target itself.
     */
    static XMLSignature sign(Element target, String id, Element parent, Node before, SigningCredential credential,
                             SignatureAlgorithm algorithm, Consumer<XMLSignature> keyInfo) {
        Santuario.init();
        try {
            XMLSignature signature = new XMLSignature(target.getOwnerDocument(), "", algorithm.signatureUri(),
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            parent.insertBefore(signature.getElement(), before);
            Transforms transforms = new Transforms(target.getOwnerDocument());
            if (parent == target) {
                transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            }
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("#" + id, transforms, algorithm.digestUri());
            keyInfo.accept(signature);
            signature.sign(credential.privateKey());
            return signature;
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("XML signature could not be made: " + e.getMessage(), e);
        }
    }
}
