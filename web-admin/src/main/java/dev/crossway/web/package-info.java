/**
 * The web module: the JSON API at {@code /api/v1} ({@code api}: resources, Redox-shaped DTOs and
 * their assemblers, JSON errors), the JSF portal at {@code /admin} ({@code portal}: backing beans
 * named after the administrator's task) and the Keycloak wiring ({@code security}). Entities never
 * cross into this module: the EJB facades hand out views, assembled here into DTOs.
 */
package dev.crossway.web;
