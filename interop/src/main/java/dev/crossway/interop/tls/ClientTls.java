package dev.crossway.interop.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS side of every outbound call: the client certificate presented to partner gateways and
 * the CAs their server certificates must chain to, both from {@link TlsSettings}; TLS 1.3 and 1.2
 * only; the server's name checked against its certificate ({@code HTTPS} endpoint identification).
 *
 * <p>The JDK's own {@link SSLContext}, built from the same PKCS#12 files the Elytron key stores read
 * (not an Elytron {@code client-ssl-context}: a deployment has no portable way to look one up, and
 * the JDK HTTP client takes an {@link SSLContext} directly; docs/decisions/transport.md).
 *
 * <p>Rotation: {@link #changed()} compares the files' modification times, so a caller rebuilds its
 * HTTP client with the new files without a restart.
 */
public final class ClientTls {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final Optional<KeyStoreFile> identity;
    private final Optional<KeyStoreFile> trust;
    private volatile long stamp;

    public ClientTls(Optional<KeyStoreFile> identity, Optional<KeyStoreFile> trust) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.stamp = stampNow();
    }

    public static ClientTls of(TlsSettings settings) {
        return new ClientTls(settings.client(), settings.clientTrust());
    }

    /** A new context from the files as they are now. */
    public SSLContext context() {
        try {
            KeyManager[] keys = null;
            if (identity.isPresent()) {
                KeyStoreFile f = identity.get();
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(f.load(), f.password());
                keys = kmf.getKeyManagers();
            }
            TrustManager[] trusted = null; // null: the JDK's own CA certificates
            if (trust.isPresent()) {
                KeyStore ks = trust.get().load();
                TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
                tmf.init(ks);
                trusted = tmf.getTrustManagers();
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keys, trusted, null);
            stamp = stampNow();
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new TlsConfigurationException("the outbound TLS context cannot be built: " + e.getMessage());
        }
    }

    /** TLS 1.3 and 1.2 only, the server's host name verified against its certificate. */
    public static SSLParameters parameters() {
        SSLParameters p = new SSLParameters();
        p.setProtocols(PROTOCOLS.clone());
        p.setEndpointIdentificationAlgorithm("HTTPS");
        return p;
    }

    /** True when a file changed since the last {@link #context()}. */
    public boolean changed() {
        return stampNow() != stamp;
    }

    private long stampNow() {
        return identity.map(KeyStoreFile::modified).orElse(0L) * 31 + trust.map(KeyStoreFile::modified).orElse(0L);
    }
}
