package dev.crossway.interop.saml;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A key read from a {@code ds:KeyInfo}: an X.509 certificate (with any further certificates sent
 * beside it, used only as path-building candidates) or a bare RSA key value, which can check a
 * signature but can never be trusted. Read by hand rather than through Santuario's KeyInfo
 * resolvers, which could follow {@code RetrievalMethod} references.
 */
record SignerKey(PublicKey publicKey, X509Certificate certificate, List<X509Certificate> others) {

    static Optional<SignerKey> from(Element keyInfo) {
        List<X509Certificate> certs = new ArrayList<>();
        for (Element data : Dom.children(keyInfo, SamlNames.DS, "X509Data")) {
            for (Element c : Dom.children(data, SamlNames.DS, "X509Certificate")) {
                certs.add(certificate(c));
            }
        }
        if (!certs.isEmpty()) {
            return Optional.of(new SignerKey(certs.get(0).getPublicKey(), certs.get(0), certs.subList(1, certs.size())));
        }
        for (Element value : Dom.children(keyInfo, SamlNames.DS, "KeyValue")) {
            Optional<Element> rsa = Dom.child(value, SamlNames.DS, "RSAKeyValue");
            if (rsa.isPresent()) {
                return Optional.of(new SignerKey(rsaKey(rsa.get()), null, List.of()));
            }
        }
        return Optional.empty();
    }

    /** The holder-of-key confirmation key of an assertion, if it has one. */
    static Optional<SignerKey> holderOfKey(Element assertion) {
        for (Element subject : Dom.children(assertion, SamlNames.SAML2, "Subject")) {
            for (Element confirmation : Dom.children(subject, SamlNames.SAML2, "SubjectConfirmation")) {
                if (!SamlNames.HOLDER_OF_KEY.equals(confirmation.getAttributeNS(null, "Method").trim())) {
                    continue;
                }
                for (Element data : Dom.children(confirmation, SamlNames.SAML2, "SubjectConfirmationData")) {
                    for (Element keyInfo : Dom.children(data, SamlNames.DS, "KeyInfo")) {
                        Optional<SignerKey> key = from(keyInfo);
                        if (key.isPresent()) {
                            return key;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static X509Certificate certificate(Element element) {
        try {
            return Pem.certificate(Base64.getMimeDecoder().decode(Dom.text(element)));
        } catch (IllegalArgumentException e) {
            throw new SecurityRejection(SecurityRejection.Rule.UNTRUSTED_SIGNER,
                    "the X509Certificate in KeyInfo is not a readable certificate");
        }
    }

    private static PublicKey rsaKey(Element rsa) {
        try {
            BigInteger modulus = new BigInteger(1, decode(rsa, "Modulus"));
            BigInteger exponent = new BigInteger(1, decode(rsa, "Exponent"));
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecurityRejection(SecurityRejection.Rule.UNTRUSTED_SIGNER, "the RSAKeyValue in KeyInfo is not a readable key");
        }
    }

    private static byte[] decode(Element rsa, String name) {
        Element e = Dom.child(rsa, SamlNames.DS, name)
                .orElseThrow(() -> new IllegalArgumentException("RSAKeyValue without " + name));
        return Base64.getMimeDecoder().decode(Dom.text(e));
    }
}
