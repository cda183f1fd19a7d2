package dev.crossway.interop.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's role as the signed assertion states it ({@code urn:oasis:names:tc:xacml:2.0:subject:role},
 * a SNOMED CT code with its display name). {@link #ALLOWED} is the list a portal user's role may be
 * chosen from: the Keycloak user profile offers these codes (and refuses others), and the web layer
 * accepts nothing else from a token. Carequality and eHealth Exchange take SNOMED CT role codes; the
 * list holds the ones hospitals' users commonly are. Add a code here, re-apply the realm, and it can
 * be given.
 */
public record SubjectRole(String code, String display) {

    public static final List<SubjectRole> ALLOWED = List.of(
            new SubjectRole("112247003", "Medical doctor"),
            new SubjectRole("309343006", "Physician"),
            new SubjectRole("158965000", "Medical practitioner"),
            new SubjectRole("224535009", "Registered nurse"),
            new SubjectRole("46255001", "Pharmacist"),
            new SubjectRole("106289002", "Dentist"),
            new SubjectRole("223366009", "Healthcare professional"),
            new SubjectRole("224577009", "Healthcare assistant"),
            new SubjectRole("224608005", "Administrative healthcare staff"),
            new SubjectRole("133932002", "Caregiver"));

    public SubjectRole {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(display, "display");
    }

    /** The allowed role with this code; empty for anything else (blank, unknown, malformed). */
    public static Optional<SubjectRole> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        return ALLOWED.stream().filter(r -> r.code.equals(c)).findFirst();
    }

    /** The display name of an allowed code, or null (a partner's own code passes through without one). */
    public static String displayOf(String code) {
        return of(code).map(SubjectRole::display).orElse(null);
    }
}
