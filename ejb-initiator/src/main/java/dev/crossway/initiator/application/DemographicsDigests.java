package dev.crossway.initiator.application;

import dev.crossway.initiator.domain.audit.DemographicsDigest;
import java.time.LocalDate;

/** The demographics digest the audit trail keeps, for callers that look a patient up by it. */
public final class DemographicsDigests {

    private DemographicsDigests() {
    }

    public static String of(String family, String given, LocalDate birthDate, String sex, String zip) {
        return DemographicsDigest.of(family, given, birthDate, sex, zip);
    }

    public static boolean looksLikeDigest(String s) {
        return s != null && DemographicsDigest.looksLikeDigest(s.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
