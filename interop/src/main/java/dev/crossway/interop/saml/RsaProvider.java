package dev.crossway.interop.saml;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import dev.crossway.interop.config.Setting;
import java.security.Provider;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the RSA of an inbound signature check runs: Amazon Corretto Crypto Provider (AWS-LC, native
 * code carried in its jar for Linux on x86-64) when it loads and passes its own self-tests, else the
 * JDK's provider, as before. Every message a gateway receives carries two RSA signatures (the
 * assertion's and the timestamp's); with the JDK's {@code BigInteger} arithmetic they were 14% of the
 * server's CPU samples on an identity-cache hit, about 47 µs each on a two-core AMD EPYC, where
 * AWS-LC takes 23-32 µs (docs/PERFORMANCE.md, "Issue 15, session 20"; why a native provider now,
 * after session 12 measured it as not worth it: docs/decisions/responder.md).
 *
 * <p>Only the signature value is checked with it: Santuario uses the provider given to
 * {@code XMLSignature} for the {@code SignatureMethod} alone, and the references' digests stay on the
 * JDK's SHA-256, which is faster for Santuario's writes. Signing never goes through it. What is
 * accepted does not change: the same structure checks, algorithm allow-list and key come before the
 * provider is asked, and a provider that says no is a {@code BAD_SIGNATURE} as before.
 *
 * <p>{@value #SETTING} ({@code CROSSWAY_NATIVE_RSA}) {@code false} keeps the JDK's provider, for a
 * machine where native code from a jar is not wanted. Where the native library cannot be loaded (another
 * platform, a {@code java.io.tmpdir} mounted {@code noexec}), the JDK's provider is used and the reason
 * logged once.
 */
final class RsaProvider {

    static final String SETTING = "crossway.native-rsa";
    private static final Logger LOG = Logger.getLogger(RsaProvider.class.getName());
    private static final Optional<Provider> CHOSEN = choose(enabled(), RsaProvider::awsLc);

    private RsaProvider() {
    }

    /** The provider for signature values, or empty for the JDK's (Santuario's default look-up). */
    static Optional<Provider> current() {
        return CHOSEN;
    }

    /**
     * {@code nativeProvider} when enabled and it loads healthy, else empty; logs the choice. The
     * supplier is not called when disabled: nothing native is loaded then.
     */
    static Optional<Provider> choose(boolean enabled, Supplier<Provider> nativeProvider) {
        if (!enabled) {
            LOG.info(() -> "inbound signature values are checked with the JDK's RSA (" + SETTING + "=false)");
            return Optional.empty();
        }
        try {
            Provider provider = nativeProvider.get();
            LOG.info(() -> "inbound signature values are checked with " + provider.getName() + " " + provider.getVersionStr());
            return Optional.of(provider);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "the native RSA provider is not available here; inbound signature values are checked with"
                    + " the JDK's RSA: " + e, e);
            return Optional.empty();
        }
    }

    /** AWS-LC's provider, only if its native library loaded and its self-tests passed. */
    private static Provider awsLc() {
        AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
        Throwable error = provider.getLoadingError();
        if (error != null) {
            throw new IllegalStateException("its native library did not load (" + error + ")", error);
        }
        provider.assertHealthy();
        return provider;
    }

    /**
     * On unless {@value #SETTING} is {@code false}; on too where no MicroProfile Config is present (a plain JVM).
     * Anything but {@code true} or {@code false} is refused, naming the setting: read when the class is first
     * used, at the responder's start ({@code GatewayTrust}), so a typo stops the deployment rather than
     * silently choosing for the administrator.
     */
    static boolean enabled() {
        try {
            String value = Setting.value(SETTING, "true");
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw Setting.invalid(SETTING, "true or false");
            }
            return Boolean.parseBoolean(value);
        } catch (IllegalStateException | ServiceConfigurationError noConfig) {
            return true;
        }
    }
}
