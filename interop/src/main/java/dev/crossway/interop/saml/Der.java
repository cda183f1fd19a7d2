package dev.crossway.interop.saml;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough DER (ASN.1) writing to mint development certificates and to wrap a PKCS#1 RSA key
 * in PKCS#8, so that no test-only library is needed at run time; and just enough reading to find
 * the revocation pointers of a certificate and the key bits an OCSP request names (the JDK's own
 * X.509 extension classes are internal, {@code sun.security.x509}, and not exported).
 */
final class Der {

    static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    static final String BASIC_CONSTRAINTS = "2.5.29.19";

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private Der() {
    }

    static byte[] sequence(byte[]... parts) {
        return tlv(0x30, concat(parts));
    }

    static byte[] explicit(int tagNumber, byte[] content) {
        return tlv(0xA0 | tagNumber, content);
    }

    static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    static byte[] bool(boolean value) {
        return tlv(0x01, new byte[] {(byte) (value ? 0xFF : 0x00)});
    }

    static byte[] nullValue() {
        return new byte[] {0x05, 0x00};
    }

    static byte[] octetString(byte[] content) {
        return tlv(0x04, content);
    }

    static byte[] bitString(byte[] content) {
        return tlv(0x03, concat(new byte[] {0}, content));
    }

    /** UTCTime up to 2049, GeneralizedTime after, as RFC 5280 requires. */
    static byte[] time(Instant t) {
        boolean utc = t.atZone(ZoneOffset.UTC).getYear() < 2050;
        String text = (utc ? UTC_TIME : GENERALIZED_TIME).format(t);
        return tlv(utc ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeBase128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(out, Long.parseLong(arcs[i]));
        }
        return tlv(0x06, out.toByteArray());
    }

    static byte[] algorithm(String oid) {
        return sequence(oid(oid), nullValue());
    }

    static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        return sequence(integer(BigInteger.ZERO), algorithm(RSA_ENCRYPTION), octetString(pkcs1));
    }

    /** One tag-length-value read back: the tag byte and the content octets. */
    record Tlv(int tag, byte[] content) {
    }

    /** The elements laid one after another in {@code der} (the content of a SEQUENCE, or a whole encoding). */
    static List<Tlv> read(byte[] der) {
        List<Tlv> out = new ArrayList<>();
        int i = 0;
        while (i < der.length) {
            int tag = der[i++] & 0xFF;
            if (i >= der.length) {
                throw new IllegalArgumentException("truncated DER");
            }
            int len = der[i++] & 0xFF;
            if (len >= 0x80) {
                int octets = len & 0x7F;
                if (octets == 0 || octets > 3 || i + octets > der.length) {
                    throw new IllegalArgumentException("unsupported DER length");
                }
                len = 0;
                for (int k = 0; k < octets; k++) {
                    len = (len << 8) | (der[i++] & 0xFF);
                }
            }
            if (i + len > der.length) {
                throw new IllegalArgumentException("truncated DER");
            }
            out.add(new Tlv(tag, Arrays.copyOfRange(der, i, i + len)));
            i += len;
        }
        return out;
    }

    /** The dotted form of an OBJECT IDENTIFIER's content octets. */
    static String oidText(byte[] content) {
        StringBuilder dotted = new StringBuilder();
        long value = 0;
        for (int i = 0; i < content.length; i++) {
            value = (value << 7) | (content[i] & 0x7F);
            if ((content[i] & 0x80) == 0) {
                if (dotted.length() == 0) {
                    long first = Math.min(value / 40, 2);
                    dotted.append(first).append('.').append(value - first * 40);
                } else {
                    dotted.append('.').append(value);
                }
                value = 0;
            }
        }
        return dotted.toString();
    }

    private static void writeBase128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int b = (int) ((value >>> (7 * i)) & 0x7F);
            out.write(i == 0 ? b : b | 0x80);
        }
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            byte[] lenBytes = BigInteger.valueOf(len).toByteArray();
            int skip = lenBytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (lenBytes.length - skip));
            out.write(lenBytes, skip, lenBytes.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
