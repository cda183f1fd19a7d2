package dev.crossway.responder.domain.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Size and hashes of a document: SHA-1 as the XDS hash slot wants it, SHA-256 for integrity checks. */
public record ContentDigest(long size, String sha1, String sha256) {

    public static ContentDigest of(byte[] content) {
        return new ContentDigest(content.length, hex("SHA-1", content), hex("SHA-256", content));
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
