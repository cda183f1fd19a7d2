/**
 * The initiating gateway's use cases as {@code @Local} facades, one per area: patient discovery
 * ({@link dev.crossway.initiator.application.PatientDiscovery}), where a patient is known
 * ({@link dev.crossway.initiator.application.PatientLocations}), document query and retrieve
 * ({@link dev.crossway.initiator.application.DocumentQueries}), the one-call patient query and
 * its jobs ({@link dev.crossway.initiator.application.PatientQueries}), workflow triggers
 * ({@link dev.crossway.initiator.application.Appointments}), endpoint health and settings
 * ({@link dev.crossway.initiator.application.EndpointHealth},
 * {@link dev.crossway.initiator.application.EndpointSettingsAdmin}) and our signing identity
 * ({@link dev.crossway.initiator.application.SigningIdentity}). They take and return the records
 * of this package (and interop's value objects and C-CDA records), never entities;
 * implementations live in {@code internal}.
 */
package dev.crossway.initiator.application;
