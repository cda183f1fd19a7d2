/**
 * Who calls: the request's {@link dev.crossway.interop.access.Caller}, resolved once from the
 * verified Keycloak token (client, user, roles, and the grants the token carries), and the
 * Keycloak administration used to onboard partners and replace their grants.
 */
package dev.crossway.web.access;
