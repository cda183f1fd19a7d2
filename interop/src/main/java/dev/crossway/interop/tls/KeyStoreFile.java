package dev.crossway.interop.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A PKCS#12 file named by a setting, with its password: the same files WildFly's Elytron key
 * stores read for the listener, read here for the outbound client and the certificate inventory.
 *
 * @param setting the environment variable that names the file, for error messages
 */
public record KeyStoreFile(Path path, char[] password, String setting) {

    public KeyStoreFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(setting, "setting");
        password = password == null ? new char[0] : password.clone();
    }

    public KeyStore load() {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsConfigurationException(setting + ": cannot read the PKCS#12 file " + path + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** True when the store holds at least one private key (an identity, not only trusted certificates). */
    public boolean hasKey() {
        KeyStore ks = load();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new TlsConfigurationException(setting + ": unreadable key store " + path);
        }
    }

    /** The identity's certificate (first of each key entry's chain), or every trusted certificate. */
    public List<X509Certificate> certificates() {
        KeyStore ks = load();
        List<X509Certificate> out = new ArrayList<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    Certificate[] chain = ks.getCertificateChain(alias);
                    if (chain != null && chain.length > 0 && chain[0] instanceof X509Certificate x) {
                        out.add(x);
                    }
                } else if (ks.getCertificate(alias) instanceof X509Certificate x) {
                    out.add(x);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new TlsConfigurationException(setting + ": unreadable key store " + path);
        }
        return out;
    }

    /** The file's modification time in milliseconds (0 when unreadable): rotation is noticed by it. */
    long modified() {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
