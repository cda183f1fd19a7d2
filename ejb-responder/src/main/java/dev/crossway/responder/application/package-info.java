/**
 * The responder's use cases as {@code @Local} facades, one per area: the gateway transactions
 * ({@link dev.crossway.responder.application.RespondingGateway}), hosted communities, trust anchors,
 * the patient index, the document store, the audit trail, the identity cache figures and the
 * sandbox seeding. They take and return the records of this package, never entities;
 * implementations live in {@code internal}.
 */
package dev.crossway.responder.application;
