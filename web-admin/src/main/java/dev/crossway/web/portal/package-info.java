/**
 * The administrators' portal (JSF with PrimeFaces). Backing beans are named after the task they
 * serve ({@code FindOrganizations}, {@code ManageFacility}, {@code SyncDirectory}); they see the
 * facades' views, never entities.
 */
package dev.crossway.web.portal;
