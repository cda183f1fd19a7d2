/**
 * The responding gateway's domain: hosted communities and their purpose-of-use policy, the
 * patient index and how it matches demographics, the document store, trust anchors, the identity
 * cache's keys and values, and the insert-only audit trail. Repository interfaces live beside
 * their entities; matching is pure Java.
 */
package dev.crossway.responder.domain;
