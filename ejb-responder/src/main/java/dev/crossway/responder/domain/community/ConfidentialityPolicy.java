package dev.crossway.responder.domain.community;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documents above normal confidentiality a community discloses, and for which asserted
 * purposes of use: restricted ({@code R}) and very restricted ({@code V}) documents (HL7
 * Confidentiality, 2.16.840.1.113883.5.25) are withheld unless the purpose is listed for their
 * code. By default nothing is listed: they are withheld from everyone. Codes at or below normal
 * ({@code U}, {@code L}, {@code M}, {@code N}, or none) are always disclosed.
 */
public record ConfidentialityPolicy(Set<String> restricted, Set<String> veryRestricted) {

    public static final ConfidentialityPolicy WITHHOLD = new ConfidentialityPolicy(Set.of(), Set.of());

    public ConfidentialityPolicy {
        restricted = normalised(restricted);
        veryRestricted = normalised(veryRestricted);
    }

    public static ConfidentialityPolicy of(List<String> restricted, List<String> veryRestricted) {
        return new ConfidentialityPolicy(restricted == null ? Set.of() : Set.copyOf(restricted),
                veryRestricted == null ? Set.of() : Set.copyOf(veryRestricted));
    }

    /** Whether a document with confidentiality {@code code} may be disclosed to a request made for {@code purpose}. */
    public boolean discloses(String code, String purpose) {
        String c = code == null ? "N" : code.trim().toUpperCase(Locale.ROOT);
        String p = purpose == null ? "" : purpose.trim().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "R" -> restricted.contains(p);
            case "V" -> veryRestricted.contains(p);
            default -> true;
        };
    }

    private static Set<String> normalised(Set<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            if (!c.matches("[A-Z0-9_\\-]{1,40}")) {
                throw new IllegalArgumentException("purpose of use '" + code + "' is not a code such as TREATMENT");
            }
            out.add(c);
        }
        return Set.copyOf(out);
    }

    public List<String> restrictedCodes() {
        return List.copyOf(new TreeSet<>(restricted));
    }

    public List<String> veryRestrictedCodes() {
        return List.copyOf(new TreeSet<>(veryRestricted));
    }
}
