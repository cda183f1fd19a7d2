package dev.crossway.interop.saml;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * Mints RSA-2048 signing credentials with SHA256withRSA certificates, for development servers and
 * tests only: a gateway on the Carequality network signs with a certificate issued by the
 * network's CA. Plain JDK, no extra library, so the server can create one at first start.
 */
public final class DevCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DevCredentials() {
    }

    /** A self-signed certificate that can also act as a CA for {@link #issuedBy}. */
    public static SigningCredential selfSigned(String distinguishedName, Instant notBefore, Duration validity) {
        KeyPair keys = newKeyPair();
        X500Principal name = new X500Principal(distinguishedName);
        X509Certificate cert = mint(name, keys, name, keys, notBefore, validity, true);
        return new SigningCredential(keys.getPrivate(), cert);
    }

    /** A leaf certificate signed by {@code issuer}, carrying the issuer's chain. */
    public static SigningCredential issuedBy(SigningCredential issuer, String distinguishedName,
                                             Instant notBefore, Duration validity) {
        KeyPair keys = newKeyPair();
        KeyPair issuerKeys = new KeyPair(issuer.certificate().getPublicKey(), issuer.privateKey());
        X509Certificate cert = mint(new X500Principal(distinguishedName), keys,
                issuer.certificate().getSubjectX500Principal(), issuerKeys, notBefore, validity, false);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(issuer.certificate());
        chain.addAll(issuer.chain());
        return new SigningCredential(keys.getPrivate(), cert, chain);
    }

    private static X509Certificate mint(X500Principal subject, KeyPair subjectKeys, X500Principal issuer,
                                        KeyPair issuerKeys, Instant notBefore, Duration validity, boolean ca) {
        byte[] basicConstraints = ca ? Der.sequence(Der.bool(true)) : Der.sequence();
        byte[] extensions = Der.explicit(3, Der.sequence(
                Der.sequence(Der.oid(Der.BASIC_CONSTRAINTS), Der.bool(true), Der.octetString(basicConstraints))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(63, RANDOM).add(BigInteger.ONE)),
                Der.algorithm(Der.SHA256_WITH_RSA),
                issuer.getEncoded(),
                Der.sequence(Der.time(notBefore), Der.time(notBefore.plus(validity))),
                subject.getEncoded(),
                subjectKeys.getPublic().getEncoded(),
                extensions);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(issuerKeys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, Der.algorithm(Der.SHA256_WITH_RSA), Der.bitString(signer.sign()));
            return Pem.certificate(der);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("development certificate cannot be signed", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation unavailable", e);
        }
    }
}
