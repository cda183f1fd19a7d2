package dev.crossway.interop.id;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs, as {@link UUID#randomUUID()} makes them, from a generator of each
 * thread's own: message ids, request ids, audit record keys, registry object ids.
 *
 * <p>Why not {@code UUID.randomUUID()}: it draws from one {@link SecureRandom} shared by the JVM,
 * NativePRNG on Linux, which takes one lock for every draw and reads {@code /dev/urandom} while holding
 * it. A gateway request draws four; under load the request threads queued on that lock, each wait up
 * to 2 ms when its holder was descheduled in the middle of its read (460 waits, 1.0 s in all, in 15 s
 * of cache hits; 2026-12-07, docs/PERFORMANCE.md). Here each thread has a DRBG
 * ({@code SecureRandom.getInstance("DRBG")}, NIST SP 800-90A, seeded from the system's entropy as the
 * JDK seeds its own), so no thread waits for another and no draw is a system call. Written by hand
 * because the JDK offers no {@code UUID} from a given generator; the bits are those of
 * {@code randomUUID}: 122 random, version 4, the IETF variant.
 */
public final class RandomUuids {

    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(RandomUuids::newGenerator);

    private RandomUuids() {
    }

    /** A new random UUID. */
    public static UUID next() {
        byte[] bytes = new byte[16];
        GENERATOR.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (bytes[i] & 0xff);
            lsb = (lsb << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            // every JDK since 9 has DRBG; a JDK configured without it still gets a strong generator
            return new SecureRandom();
        }
    }
}
