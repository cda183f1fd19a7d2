package dev.crossway.interop.tls;

import dev.crossway.interop.config.Setting;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TLS files of this installation, each a PKCS#12 named by an environment variable (the server
 * configuration's Elytron key stores read the same variables):
 * <ul>
 * <li>{@code CROSSWAY_TLS_KEYSTORE} (+ {@code _PASSWORD}): the server's key and certificate, presented
 * on the HTTPS listener;</li>
 * <li>{@code CROSSWAY_TLS_TRUSTSTORE} (+ {@code _PASSWORD}): the CAs a partner's client certificate must
 * chain to (the Carequality CA bundle);</li>
 * <li>{@code CROSSWAY_TLS_CLIENT_KEYSTORE} (+ {@code _PASSWORD}): the client key and certificate presented
 * to partner gateways; default the server's (Carequality certificates carry both uses);</li>
 * <li>{@code CROSSWAY_TLS_CLIENT_TRUSTSTORE} (+ {@code _PASSWORD}): the CAs a partner gateway's server
 * certificate must chain to; default {@code CROSSWAY_TLS_TRUSTSTORE}, else the JDK's own.</li>
 * </ul>
 */
public record TlsSettings(Optional<KeyStoreFile> server, Optional<KeyStoreFile> trust, Optional<KeyStoreFile> client,
                          Optional<KeyStoreFile> clientTrust) {

    public static final String KEYSTORE = "CROSSWAY_TLS_KEYSTORE";
    public static final String TRUSTSTORE = "CROSSWAY_TLS_TRUSTSTORE";
    public static final String CLIENT_KEYSTORE = "CROSSWAY_TLS_CLIENT_KEYSTORE";
    public static final String CLIENT_TRUSTSTORE = "CROSSWAY_TLS_CLIENT_TRUSTSTORE";

    public static TlsSettings fromEnvironment() {
        Optional<KeyStoreFile> server = store(KEYSTORE, Optional.empty());
        Optional<KeyStoreFile> trust = store(TRUSTSTORE, Optional.empty());
        Optional<KeyStoreFile> client = store(CLIENT_KEYSTORE, server);
        Optional<KeyStoreFile> clientTrust = store(CLIENT_TRUSTSTORE, trust);
        return new TlsSettings(server, trust, client, clientTrust);
    }

    public static TlsSettings none() {
        return new TlsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Outside the sandbox, a gateway without its TLS key cannot talk to Carequality: refuse to
     * start, naming the setting, rather than fall back to anything generated.
     */
    public void requireKeys() {
        require(server, KEYSTORE, "the HTTPS listener's key and certificate");
        require(client, CLIENT_KEYSTORE + " (or " + KEYSTORE + ")", "the client key and certificate for partner gateways");
    }

    private static void require(Optional<KeyStoreFile> store, String setting, String what) {
        if (store.isEmpty()) {
            throw new TlsConfigurationException(setting + " is not set: " + what + " (PKCS#12) is required outside the sandbox");
        }
        if (!store.get().hasKey()) {
            throw new TlsConfigurationException(store.get().setting() + ": " + store.get().path() + " holds no private key");
        }
    }

    private static Optional<KeyStoreFile> store(String variable, Optional<KeyStoreFile> fallback) {
        String property = "crossway.tls." + variable.substring("CROSSWAY_TLS_".length()).toLowerCase().replace('_', '-');
        Optional<String> path = Setting.value(property);
        if (path.isEmpty()) {
            return fallback;
        }
        char[] password = Setting.value(property + "-password").map(String::toCharArray).orElse(new char[0]);
        return Optional.of(new KeyStoreFile(Path.of(path.get()), password, variable));
    }
}
