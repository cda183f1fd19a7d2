package dev.crossway.initiator.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The local key of a patient the initiator asked about: a fingerprint of the normalised
 * demographics that identify a person across requests (family name, first given name, birth
 * date, sex), or, when the caller gave an identifier, that identifier. Never stores the
 * demographics themselves.
 */
public record PatientKey(String value) {

    public PatientKey {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("patient key must be 1..200 characters");
        }
    }

    public static PatientKey ofIdentifier(String cx) {
        return new PatientKey("id:" + cx);
    }

    public static PatientKey ofDemographics(String lastName, String firstName, LocalDate birthDate, String sex) {
        String canonical = norm(lastName) + "|" + norm(firstName) + "|" + (birthDate == null ? "" : birthDate) + "|"
                + (sex == null || sex.isBlank() ? "" : sex.trim().substring(0, 1).toUpperCase(Locale.ROOT));
        return new PatientKey("fp:" + sha256(canonical));
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
