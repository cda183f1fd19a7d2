package dev.crossway.interop.saml;

import dev.crossway.interop.config.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The credential this installation signs SAML assertions with: the PEM files named by
 * {@code CROSSWAY_SIGNING_KEY} and {@code CROSSWAY_SIGNING_CERT} (system properties
 * {@code crossway.signing.key} / {@code .cert}), read again when either file changes (rotation
 * without a restart: the files are checked at most every 10 seconds). Without them: in the sandbox
 * a development credential generated in memory (with a warning); outside it, an error naming the
 * settings, so that the server refuses to start rather than sign with a key nobody trusts.
 */
public final class SigningKeyFiles implements Supplier<SigningCredential> {

    private static final Logger LOG = Logger.getLogger(SigningKeyFiles.class.getName());
    private static final long CHECK_NANOS = Duration.ofSeconds(10).toNanos();

    private final Optional<Path> key;
    private final Optional<Path> cert;
    private final String developmentName;
    private volatile SigningCredential current;
    private volatile long stamp;
    private volatile long checked = System.nanoTime();

    private SigningKeyFiles(Optional<Path> key, Optional<Path> cert, boolean sandbox, String developmentName) {
        this.key = key;
        this.cert = cert;
        this.developmentName = developmentName;
        if (key.isEmpty() || cert.isEmpty()) {
            if (!sandbox) {
                throw new IllegalStateException("CROSSWAY_SIGNING_KEY and CROSSWAY_SIGNING_CERT must name the SAML signing key "
                        + "and certificate (PEM) outside the sandbox (CROSSWAY_SANDBOX=true)");
            }
            LOG.warning("CROSSWAY_SIGNING_KEY / CROSSWAY_SIGNING_CERT not set: signing with a generated development certificate ("
                    + developmentName + "), valid only in the sandbox");
            current = DevCredentials.selfSigned(developmentName, Instant.now().minusSeconds(300), Duration.ofDays(365));
        } else {
            current = read();
        }
    }

    /** From the environment; {@code developmentName} is the subject of the sandbox's generated certificate. */
    public static SigningKeyFiles fromEnvironment(String developmentName) {
        return new SigningKeyFiles(Setting.value("crossway.signing.key").map(Path::of),
                Setting.value("crossway.signing.cert").map(Path::of), Setting.sandbox(), developmentName);
    }

    public static SigningKeyFiles of(Path key, Path cert) {
        return new SigningKeyFiles(Optional.of(key), Optional.of(cert), false, "unused");
    }

    /** Makes the next {@link #get()} look at the files, whenever it last did. */
    public void checkNow() {
        checked = System.nanoTime() - CHECK_NANOS - 1;
    }

    @Override
    public SigningCredential get() {
        long now = System.nanoTime();
        if (key.isPresent() && now - checked > CHECK_NANOS) {
            checked = now;
            if (stampNow() != stamp) {
                try {
                    current = read();
                    LOG.info("signing key reloaded: " + current.certificate().getSubjectX500Principal());
                } catch (IllegalStateException e) {
                    LOG.warning("signing key files changed but cannot be read (half-written?); keeping the previous key: "
                            + e.getMessage());
                }
            }
        }
        return current;
    }

    private SigningCredential read() {
        long before = stampNow();
        try {
            SigningCredential c = SigningCredential.fromPem(Files.readString(key.get(), StandardCharsets.US_ASCII),
                    Files.readString(cert.get(), StandardCharsets.US_ASCII));
            stamp = before;
            return c;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("CROSSWAY_SIGNING_KEY / CROSSWAY_SIGNING_CERT unreadable: " + e.getMessage(), e);
        }
    }

    private long stampNow() {
        try {
            return Files.getLastModifiedTime(key.get()).toMillis() * 31 + Files.getLastModifiedTime(cert.get()).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
