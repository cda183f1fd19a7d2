/**
 * The Keycloak side of Crossway: the realm (roles, clients, sandbox users) kept as one small
 * hand-written JSON file, and the code that applies it to any Keycloak and onboards partners,
 * shared by the command-line tool and the portal's Partners page.
 */
package dev.crossway.realm;
