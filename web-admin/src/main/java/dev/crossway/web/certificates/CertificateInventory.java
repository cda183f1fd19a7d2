package dev.crossway.web.certificates;

import dev.crossway.initiator.application.SigningIdentity;
import dev.crossway.interop.config.Setting;
import dev.crossway.interop.tls.CertificateFacts;
import dev.crossway.interop.tls.KeyStoreFile;
import dev.crossway.interop.tls.TlsSettings;
import dev.crossway.responder.application.TrustAnchorAdmin;
import dev.crossway.responder.application.TrustAnchorView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.crossway.interop.tls.TlsConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every certificate the installation uses or trusts, read where it lives: the SAML signing
 * certificate from the signing identity, the TLS server and client identities and the TLS trust
 * stores from the PKCS#12 files the settings name (the same files the listener and the outbound
 * client read, so the inventory shows what is in force after a rotation), and the SAML trust
 * anchors through their own listing. Every portal page asks (for its banner), so a store is read
 * again only when its file changed (PKCS#12 decryption costs a PBKDF2 run per store).
 */
@ApplicationScoped
public class CertificateInventory {

    @Inject
    SigningIdentity signing;
    @Inject
    TrustAnchorAdmin anchors;

    private final Clock clock = Clock.systemUTC();
    private final Map<Path, Read> reads = new ConcurrentHashMap<>();

    /** A store as read at its file's modification time. */
    private record Read(FileTime modified, List<X509Certificate> certificates) {
    }

    public List<InventoryEntry> list() {
        Instant now = clock.instant();
        List<InventoryEntry> out = new ArrayList<>(own(now));
        TlsSettings tls = TlsSettings.fromEnvironment();
        stores(out, CertificateRole.TLS_TRUST_ANCHOR, tls.trust(), now);
        if (!tls.clientTrust().equals(tls.trust())) {
            stores(out, CertificateRole.TLS_TRUST_ANCHOR, tls.clientTrust(), now);
        }
        for (TrustAnchorView a : anchors.list()) {
            out.add(InventoryEntry.of(CertificateRole.SAML_TRUST_ANCHOR, a.label() == null ? "trust anchor" : a.label(),
                    new CertificateFacts(a.subject(), a.issuer(), a.fingerprint(), a.notBefore(), a.notAfter()), now));
        }
        return out;
    }

    /** The installation's own certificates: SAML signing, TLS server, TLS client. */
    public List<InventoryEntry> own() {
        return own(clock.instant());
    }

    /** Those expiring, expired or unreadable. */
    public List<InventoryEntry> needingAttention() {
        return list().stream().filter(InventoryEntry::needsAttention).toList();
    }

    private List<X509Certificate> certificates(KeyStoreFile store) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(store.path());
        } catch (IOException e) {
            throw new TlsConfigurationException(store.setting() + ": " + store.path() + " cannot be read");
        }
        Read read = reads.get(store.path());
        if (read == null || !read.modified().equals(modified)) {
            read = new Read(modified, store.certificates());
            reads.put(store.path(), read);
        }
        return read.certificates();
    }

    private List<InventoryEntry> own(Instant now) {
        List<InventoryEntry> out = new ArrayList<>();
        String signingSource = Setting.value("crossway.signing.cert")
                .map(p -> "CROSSWAY_SIGNING_CERT " + p).orElse("generated in memory (sandbox)");
        try {
            X509Certificate first = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(signing.signingCertificatePem().getBytes(StandardCharsets.US_ASCII)))
                    .iterator().next();
            out.add(InventoryEntry.of(CertificateRole.SAML_SIGNING, signingSource, CertificateFacts.of(first), now));
        } catch (CertificateException | RuntimeException e) {
            out.add(InventoryEntry.unreadable(CertificateRole.SAML_SIGNING, signingSource, "unreadable: " + e.getMessage()));
        }
        TlsSettings tls = TlsSettings.fromEnvironment();
        stores(out, CertificateRole.TLS_SERVER, tls.server(), now);
        stores(out, CertificateRole.TLS_CLIENT, tls.client(), now);
        return out;
    }

    private void stores(List<InventoryEntry> out, CertificateRole role, Optional<KeyStoreFile> store, Instant now) {
        if (store.isEmpty()) {
            if (role.own()) {
                out.add(InventoryEntry.unreadable(role, "not configured", "no key store: set " + (role == CertificateRole.TLS_SERVER
                        ? TlsSettings.KEYSTORE : TlsSettings.CLIENT_KEYSTORE)));
            }
            return;
        }
        String source = store.get().setting() + " " + store.get().path();
        try {
            List<X509Certificate> certificates = certificates(store.get());
            if (certificates.isEmpty()) {
                out.add(InventoryEntry.unreadable(role, source, "the store holds no certificate"));
            }
            certificates.forEach(c -> out.add(InventoryEntry.of(role, source, CertificateFacts.of(c), now)));
        } catch (RuntimeException e) {
            out.add(InventoryEntry.unreadable(role, source, e.getMessage()));
        }
    }
}
