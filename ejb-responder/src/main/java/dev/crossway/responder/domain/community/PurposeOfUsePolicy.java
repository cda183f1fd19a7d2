package dev.crossway.responder.domain.community;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.TreeSet;

/**
 * The purposes of use a community answers for, the same for every initiator (Carequality's
 * non-discrimination rule). Treatment only unless the community says otherwise, and Treatment
 * always: Carequality requires every participant to answer Treatment queries, so a policy without
 * it is refused. Codes are the NHIN purpose-of-use codes (TREATMENT, PAYMENT, OPERATIONS, REQUEST,
 * ...), compared ignoring case.
 */
public record PurposeOfUsePolicy(Set<String> allowed) {

    public static final String TREATMENT = "TREATMENT";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_\\-]{1,40}");
    public static final PurposeOfUsePolicy DEFAULT = new PurposeOfUsePolicy(Set.of(TREATMENT));

    public PurposeOfUsePolicy {
        Set<String> normalised = new TreeSet<>();
        for (String code : allowed) {
            String c = normalise(code);
            if (c.isEmpty() || !CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("purpose of use '" + code + "' is not a code such as TREATMENT");
            }
            normalised.add(c);
        }
        if (!normalised.isEmpty() && !normalised.contains(TREATMENT)) {
            throw new IllegalArgumentException("the purposes of use must include TREATMENT (Carequality requires every "
                    + "participant to answer Treatment queries); got " + String.join(", ", normalised));
        }
        allowed = normalised.isEmpty() ? Set.of(TREATMENT) : Set.copyOf(normalised);
    }

    public static PurposeOfUsePolicy of(List<String> codes) {
        return codes == null || codes.isEmpty() ? DEFAULT : new PurposeOfUsePolicy(Set.copyOf(codes.stream()
                .map(PurposeOfUsePolicy::normalise).toList()));
    }

    /**
     * A policy as stored: Treatment is added when missing, so that a row saved before the floor was
     * enforced still routes (and answers Treatment, as it always had to) instead of failing every request.
     */
    public static PurposeOfUsePolicy stored(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return DEFAULT;
        }
        Set<String> withTreatment = new TreeSet<>(codes.stream().map(PurposeOfUsePolicy::normalise).toList());
        withTreatment.add(TREATMENT);
        return new PurposeOfUsePolicy(withTreatment);
    }

    /** Whether a request made for {@code purpose} is answered. */
    public boolean permits(String purpose) {
        return purpose != null && allowed.contains(normalise(purpose));
    }

    /** Sorted, for storage and display. */
    public List<String> codes() {
        return List.copyOf(new TreeSet<>(allowed));
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
