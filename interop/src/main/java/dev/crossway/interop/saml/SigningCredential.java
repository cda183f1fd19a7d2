package dev.crossway.interop.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The gateway's signing identity: an RSA private key, its certificate and, optionally, the
 * intermediate certificates a partner needs to chain it to their trust anchor.
 */
public record SigningCredential(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    public SigningCredential {
        Objects.requireNonNull(privateKey, "private key");
        Objects.requireNonNull(certificate, "certificate");
        if (!"RSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("only RSA signing keys are supported, not " + privateKey.getAlgorithm());
        }
        chain = List.copyOf(chain);
    }

    public SigningCredential(PrivateKey privateKey, X509Certificate certificate) {
        this(privateKey, certificate, List.of());
    }

    /** Loads the first key entry of a PKCS#12 keystore, or the entry named {@code alias}. */
    public static SigningCredential fromPkcs12(byte[] pkcs12, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            String name = alias != null ? alias : firstKeyAlias(store);
            if (name == null || !store.isKeyEntry(name)) {
                throw new IllegalArgumentException("PKCS#12 holds no private key entry" + (alias == null ? "" : " named " + alias));
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] certs = store.getCertificateChain(name);
            List<X509Certificate> rest = new ArrayList<>();
            for (int i = 1; i < certs.length; i++) {
                rest.add((X509Certificate) certs[i]);
            }
            return new SigningCredential(key, (X509Certificate) certs[0], rest);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("PKCS#12 keystore cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a PEM private key ({@code PRIVATE KEY}, PKCS#8, or {@code RSA PRIVATE KEY}, PKCS#1) and
     * PEM certificates, the signer's first and then its intermediates.
     */
    public static SigningCredential fromPem(String privateKeyPem, String certificatesPem) {
        List<X509Certificate> certs = Pem.certificates(certificatesPem);
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("no CERTIFICATE block in the certificate PEM");
        }
        PrivateKey key = Pem.blocks(privateKeyPem).stream()
                .filter(b -> b.type().equals("PRIVATE KEY") || b.type().equals("RSA PRIVATE KEY"))
                .findFirst()
                .map(b -> rsaKey(b.type().equals("PRIVATE KEY") ? b.der() : Der.pkcs1ToPkcs8(b.der())))
                .orElseThrow(() -> new IllegalArgumentException("no unencrypted PRIVATE KEY or RSA PRIVATE KEY block in the key PEM"));
        return new SigningCredential(key, certs.get(0), certs.subList(1, certs.size()));
    }

    /** The private key as PKCS#8 PEM, for writing a generated development credential to disk. */
    public String privateKeyPem() {
        return Pem.encode("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The certificate and its chain as PEM. */
    public String certificatesPem() {
        StringBuilder pem = new StringBuilder(Pem.encode(certificate));
        chain.forEach(c -> pem.append(Pem.encode(c)));
        return pem.toString();
    }

    private static PrivateKey rsaKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key: " + e.getMessage(), e);
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a)) {
                return a;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "SigningCredential[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
