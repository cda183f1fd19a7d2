/**
 * Webhooks: the destinations a partner registers for the events it wants pushed to it
 * ({@code PatientQuery.Completed}, {@code Scheduling.ResultsReady}), how a delivery is signed
 * ({@link dev.crossway.initiator.domain.webhook.Signature}) and how often it is tried again
 * ({@link dev.crossway.initiator.domain.webhook.Backoff}). Pure Java.
 */
package dev.crossway.initiator.domain.webhook;
