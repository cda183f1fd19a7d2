package dev.crossway.initiator.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SHA-256 (lower-case hex) of a patient's normalised demographics, so that the audit trail
 * can tell that two accesses were about the same person as described without keeping the
 * description. Normalised: family name, given name, birth date (ISO), sex initial and the first
 * five digits of the ZIP, each upper-cased, accents removed, runs of anything but letters and
 * digits turned into one blank and trimmed, joined with {@code |}; a missing field is empty.
 * The middle name, street and phones are left out: partners send them inconsistently.
 *
 * <p>A digest is pseudonymous, not anonymous: whoever can read the trail and guesses the
 * demographics can confirm the guess. The audit tables are therefore read-restricted like the
 * rest of the trail (admin and auditor roles).
 */
public final class DemographicsDigest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private DemographicsDigest() {
    }

    public static String of(String family, String given, LocalDate birthDate, String sex, String zip) {
        String zip5 = zip == null ? "" : zip.replaceAll("[^0-9]", "");
        String canonical = String.join("|", norm(family), norm(given), birthDate == null ? "" : birthDate.toString(),
                sex == null || norm(sex).isEmpty() ? "" : norm(sex).substring(0, 1),
                zip5.length() > 5 ? zip5.substring(0, 5) : zip5);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code s} has the form of a digest (so a patient filter means a digest, not an identifier). */
    public static boolean looksLikeDigest(String s) {
        return s != null && HEX64.matcher(s).matches();
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return OTHER.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
