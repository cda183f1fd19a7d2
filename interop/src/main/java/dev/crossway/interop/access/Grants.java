package dev.crossway.interop.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one API client may do, as kept in Keycloak (see docs/decisions/grants.md): the hosted
 * communities it may write to, the organizations it may speak for and the purposes of use it may
 * assert in the assertions Crossway signs, optionally the user roles it may assert, and whether it
 * may initiate at all. {@value #ANY} in a list grants every value (the sandbox's clients);
 * {@code roles == null} leaves the asserted role unchecked, since a role describes the partner's own
 * user and Crossway cannot verify it either way.
 */
public record Grants(Set<String> communities, Set<String> organizations, Set<String> purposesOfUse,
                     Set<String> roles, boolean initiate) {

    /** In a list: every value is granted. */
    public static final String ANY = "*";

    public Grants {
        communities = normalized(communities, true);
        organizations = normalized(organizations, true);
        purposesOfUse = normalized(purposesOfUse, false);
        roles = roles == null ? null : normalized(roles, false);
    }

    /** Nothing granted: the grants of a client that has none recorded. */
    public static Grants none() {
        return new Grants(Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    /** Everything granted (the sandbox's clients). */
    public static Grants all() {
        return new Grants(Set.of(ANY), Set.of(ANY), Set.of(ANY), null, true);
    }

    public boolean community(String oid) {
        return holds(communities, canonical(oid, true));
    }

    public boolean organization(String oid) {
        return holds(organizations, canonical(oid, true));
    }

    public boolean purposeOfUse(String code) {
        return holds(purposesOfUse, canonical(code, false));
    }

    public boolean role(String code) {
        return roles == null || holds(roles, canonical(code, false));
    }

    private static boolean holds(Set<String> granted, String value) {
        return value != null && (granted.contains(ANY) || granted.contains(value));
    }

    private static Set<String> normalized(Collection<String> values, boolean oids) {
        Set<String> out = new TreeSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            String c = canonical(v, oids);
            if (c != null) {
                out.add(c);
            }
        }
        return Set.copyOf(out);
    }

    /** OIDs without {@code urn:oid:}, codes in upper case: the forms the checks compare. */
    static String canonical(String value, boolean oid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (oid) {
            return v.regionMatches(true, 0, "urn:oid:", 0, 8) ? v.substring(8) : v;
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grants g && communities.equals(g.communities) && organizations.equals(g.organizations)
                && purposesOfUse.equals(g.purposesOfUse) && Objects.equals(roles, g.roles) && initiate == g.initiate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(communities, organizations, purposesOfUse, roles, initiate);
    }
}
