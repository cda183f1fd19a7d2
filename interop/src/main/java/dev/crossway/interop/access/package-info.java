/**
 * Who calls and what they were granted: the typed {@link dev.crossway.interop.access.Caller} that
 * the web layer resolves once per request from the Keycloak token and hands to every facade, and
 * the {@link dev.crossway.interop.access.Grants} a facade checks before it writes or sends anything.
 * Free of any server, so that the EJB modules and the web layer share one definition.
 */
package dev.crossway.interop.access;
