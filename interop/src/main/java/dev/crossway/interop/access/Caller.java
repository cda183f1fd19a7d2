package dev.crossway.interop.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, resolved once per request by the web layer from the verified token: the
 * Keycloak client the token was issued to, the user (a partner's service account, or a person in
 * the portal), the realm roles and the client's {@link Grants}. Facades take it as an argument and
 * check it before they write or send: an entry point cannot forget, since it cannot call without one.
 * Administrators ({@value #ADMIN}) are not limited. What a caller causes (jobs, links, summaries)
 * belongs to its {@link #owner()}.
 */
public record Caller(String clientId, String userId, Set<String> roles, Grants grants) implements Serializable {

    public static final String ADMIN = "admin";

    public Caller {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        grants = grants == null ? Grants.none() : grants;
    }

    /** Crossway itself, e.g. a scheduled query re-armed at startup on behalf of {@code owner}. */
    public static Caller system(String owner) {
        return new Caller(owner, "crossway", Set.of(ADMIN), Grants.all());
    }

    public boolean admin() {
        return roles.contains(ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The owner of what this call causes: the client (a partner system, or the portal). */
    public String owner() {
        return clientId;
    }

    /** Whether this caller may see something owned by {@code owner}: its own, or anything for an admin. */
    public boolean mayRead(String owner) {
        return admin() || clientId.equals(owner);
    }

    /** @throws NotGrantedException when writing to the hosted community {@code oid} is not granted */
    public void requireCommunity(String oid) {
        if (!admin() && !grants.community(oid)) {
            throw new NotGrantedException(Grant.COMMUNITY, oid, clientId);
        }
    }

    /**
     * Initiating, asserting this organization, purpose of use and role.
     *
     * @throws NotGrantedException for the first of them that is not granted
     */
    public void requireInitiate(String organizationId, String purposeOfUse, String role) {
        if (admin()) {
            return;
        }
        if (!grants.initiate()) {
            throw new NotGrantedException(Grant.INITIATE, null, clientId);
        }
        if (!grants.organization(organizationId)) {
            throw new NotGrantedException(Grant.ORGANIZATION, organizationId, clientId);
        }
        if (!grants.purposeOfUse(purposeOfUse)) {
            throw new NotGrantedException(Grant.PURPOSE_OF_USE, purposeOfUse, clientId);
        }
        if (!grants.role(role)) {
            throw new NotGrantedException(Grant.ROLE, role, clientId);
        }
    }
}
