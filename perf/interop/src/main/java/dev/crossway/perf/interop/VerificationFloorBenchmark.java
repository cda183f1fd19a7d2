package dev.crossway.perf.interop;

import dev.crossway.interop.soap.SoapEnvelope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.apache.xml.security.c14n.Canonicalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The floor under the WS-Security check of one signed XCPD request: what its two signatures cost
 * with nothing but their cryptography, to bound what a verifier outside Santuario's general
 * machinery ({@code XMLSignature}, its references, transforms and resolvers) could save before
 * anyone writes one. {@link #parseAndCryptoOnly} parses the request as the server does and then,
 * for the assertion and for the timestamp, canonicalises the signed element with Santuario's
 * exclusive canonicaliser (the assertion with its enveloped signature taken out), digests it with
 * SHA-256, compares the digest, canonicalises {@code SignedInfo} and verifies its RSA value. It
 * checks nothing else (no structure, algorithm allow-list, wrapping defence, trust chain, validity
 * window, audience or attributes), so it is a measure, never a verifier: {@code
 * XcpdBenchmark.parseAndVerify} is the product's whole check on the same bytes (run the two together:
 * {@code 'VerificationFloorBenchmark|XcpdBenchmark.parseAndVerify$'}), and the difference of the two
 * is the most a leaner verifier could remove. The perf harness's floor servlet ({@code perf/responder/floor}) does the
 * same for WildFly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerificationFloorBenchmark {

    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    /** The request's two signers' keys, read once: the product memoises its certificates too. */
    @State(Scope.Benchmark)
    public static class Keys {
        PublicKey assertionSigner;
        PublicKey timestampSigner;

        @Setup(Level.Trial)
        public void read(XcpdExchange x) throws Exception {
            org.apache.xml.security.Init.init();
            Document document = SoapEnvelope.parse(x.request).document();
            Element assertion = only(document, SAML2, "Assertion");
            assertionSigner = certificate(only(child(assertion, DS, "Signature"), DS, "X509Certificate")).getPublicKey();
            // the timestamp is signed with the holder-of-key confirmation key, the same certificate here
            timestampSigner = assertionSigner;
            if (!cryptoOnly(document, this)) {
                throw new IllegalStateException("the floor does not verify the benchmark's own request");
            }
            // and it can fail: the same request with one character of the assertion's subject changed
            String signed = new String(x.request, StandardCharsets.UTF_8);
            String altered = signed.replace("Dr. Alice Example", "Dr. Alice Exampla");
            if (altered.equals(signed) || cryptoOnly(SoapEnvelope.parse(altered.getBytes(StandardCharsets.UTF_8)).document(), this)) {
                throw new IllegalStateException("the floor verifies a request whose assertion was altered after signing");
            }
        }
    }

    /** The hardened parse, then only the two signatures' canonicalisation, digests and RSA values. */
    @Benchmark
    public boolean parseAndCryptoOnly(XcpdExchange x, Keys keys) throws Exception {
        return cryptoOnly(SoapEnvelope.parse(x.request).document(), keys);
    }

    static boolean cryptoOnly(Document document, Keys keys) throws Exception {
        Element assertion = only(document, SAML2, "Assertion");
        Element assertionSignature = child(assertion, DS, "Signature");
        Element timestamp = only(document, WSU, "Timestamp");
        Element timestampSignature = null;
        for (Node n = assertion.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DS.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                timestampSignature = e;
            }
        }
        if (timestampSignature == null) {
            throw new IllegalStateException("no timestamp signature beside the assertion");
        }
        // the enveloped-signature transform: the assertion is digested without its own signature
        Node next = assertionSignature.getNextSibling();
        assertion.removeChild(assertionSignature);
        boolean assertionDigest = digestMatches(assertion, assertionSignature);
        assertion.insertBefore(assertionSignature, next);
        return assertionDigest && valueVerifies(assertionSignature, keys.assertionSigner)
                && digestMatches(timestamp, timestampSignature) && valueVerifies(timestampSignature, keys.timestampSigner);
    }

    private static boolean digestMatches(Element signed, Element signature) throws Exception {
        Element signedInfo = child(signature, DS, "SignedInfo");
        byte[] expected = Base64.getMimeDecoder().decode(only(signedInfo, DS, "DigestValue").getTextContent());
        return MessageDigest.isEqual(expected, MessageDigest.getInstance("SHA-256").digest(c14n(signed)));
    }

    private static boolean valueVerifies(Element signature, PublicKey key) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(c14n(child(signature, DS, "SignedInfo")));
        return rsa.verify(Base64.getMimeDecoder().decode(child(signature, DS, "SignatureValue").getTextContent()));
    }

    private static byte[] c14n(Node node) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(node, out);
        return out.toByteArray();
    }

    private static X509Certificate certificate(Element element) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(element.getTextContent())));
    }

    private static Element only(Node root, String ns, String localName) {
        var found = root instanceof Document d ? d.getElementsByTagNameNS(ns, localName)
                : ((Element) root).getElementsByTagNameNS(ns, localName);
        if (found.getLength() != 1) {
            throw new IllegalStateException(found.getLength() + " " + localName + " elements");
        }
        return (Element) found.item(0);
    }

    private static Element child(Element parent, String ns, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalStateException("no " + localName + " in " + parent.getLocalName());
    }
}
