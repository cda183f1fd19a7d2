package dev.crossway.initiator.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code X-Crossway-Signature: sha256=<hex of HMAC-SHA256(secret, raw body)>},
 * the secret's UTF-8 bytes as the key. The body itself carries the event's id and the time it was
 * sent (the same as the {@value #TIMESTAMP_HEADER} header), so the signature covers both: a receiver
 * recomputes the HMAC over the bytes it received, compares in constant time, refuses a timestamp
 * older than a few minutes and an event id it has already processed.
 */
public final class Signature {

    public static final String HEADER = "X-Crossway-Signature";
    public static final String TIMESTAMP_HEADER = "X-Crossway-Timestamp";
    public static final String EVENT_HEADER = "X-Crossway-Event";
    public static final String ID_HEADER = "X-Crossway-Event-Id";
    private static final String PREFIX = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    /** The header's value for {@code body} signed with {@code secret}. */
    public static String of(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** True when {@code header} is the signature of {@code body} under {@code secret} (constant-time comparison). */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    /** A new secret: 32 random bytes, URL-safe base64 without padding (43 characters). */
    public static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
