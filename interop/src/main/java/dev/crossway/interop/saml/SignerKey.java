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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Bound of {@link #PARSED}; past it the memo starts again empty. */
    static final int MAX_PARSED = 256;
    /**
     * Certificates already decoded, by their exact base64 text. A partner sends the same
     * certificate in every message, twice (the signature's KeyInfo and the holder-of-key
     * confirmation); decoding and parsing it each time was 1.8% of an XCPD request-to-response in
     * the interop JMH profile. The text is the whole input of the parse, so the same text gives
     * the same certificate; an unreadable text is never stored. Bounded: a flood of distinct
     * certificates empties it and costs only the parses they would have cost anyway. The key is the
     * text as sent, white space and all: the MIME decoder skips white space, so collapsing it first
     * (a pass over 1-2 KB, twice per message) changed nothing but the cost.
     */
    private static final Map<String, X509Certificate> PARSED = new ConcurrentHashMap<>();

    private static X509Certificate certificate(Element element) {
        String text = element.getTextContent();
        X509Certificate known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        try {
            X509Certificate parsed = Pem.certificate(Base64.getMimeDecoder().decode(text));
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            PARSED.put(text, parsed);
            return parsed;
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
