package dev.crossway.interop.http;

import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.tls.KeyStoreFile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** CAs, certificates and PKCS#12 files for real TLS handshakes on loopback, minted per test run. */
final class TlsFixtures {

    static final char[] PASSWORD = "changeit-test".toCharArray();
    static final Instant NOW = Instant.now().minusSeconds(3600);

    private TlsFixtures() {
    }

    static SigningCredential ca(String name) {
        return DevCredentials.selfSigned("CN=" + name, NOW, Duration.ofDays(2));
    }

    static SigningCredential leaf(SigningCredential ca, String cn) {
        return DevCredentials.issuedBy(ca, "CN=" + cn, NOW, Duration.ofDays(2));
    }

    static KeyStoreFile identity(Path dir, String file, SigningCredential c) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, PASSWORD);
        List<Certificate> chain = new ArrayList<>();
        chain.add(c.certificate());
        chain.addAll(c.chain());
        ks.setKeyEntry("key", c.privateKey(), PASSWORD, chain.toArray(Certificate[]::new));
        return write(dir.resolve(file), ks, "TEST_" + file);
    }

    static KeyStoreFile trust(Path dir, String file, X509Certificate... cas) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, PASSWORD);
        for (int i = 0; i < cas.length; i++) {
            ks.setCertificateEntry("ca" + i, cas[i]);
        }
        return write(dir.resolve(file), ks, "TEST_" + file);
    }

    private static KeyStoreFile write(Path path, KeyStore ks, String setting) throws Exception {
        try (OutputStream out = Files.newOutputStream(path)) {
            ks.store(out, PASSWORD);
        }
        return new KeyStoreFile(path, PASSWORD, setting);
    }
}
