/**
 * The initiator's domain: the communities it talks to and how ({@link dev.crossway.initiator.domain.Community},
 * {@link dev.crossway.initiator.domain.EndpointProfile}), the patient as a stable key
 * ({@link dev.crossway.initiator.domain.PatientKey}), and the entities that outlive a request:
 * links to communities that know the patient, per-endpoint settings, the insert-only call log,
 * appointments and stored results, with their repository interfaces.
 */
package dev.crossway.initiator.domain;
