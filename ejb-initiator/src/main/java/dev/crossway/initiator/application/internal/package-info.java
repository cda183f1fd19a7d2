/**
 * Implementations of the initiator's facades ({@code Default*} beans) and the plain classes they
 * delegate to: the patient query flow, the merge of clinical summaries, the in-memory job table.
 */
package dev.crossway.initiator.application.internal;
