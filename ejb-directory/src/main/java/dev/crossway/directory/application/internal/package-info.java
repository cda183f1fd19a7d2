/**
 * The facades' implementations ({@code Default*} session beans) and the plain classes they
 * delegate to, which tests drive outside the container.
 */
package dev.crossway.directory.application.internal;
