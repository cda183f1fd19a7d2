/**
 * The facades' {@code @Stateless} implementations, thin over plain services that take their
 * repositories as constructor arguments, and the hand-written SOAP pipeline of the gateway
 * (parse, addressing, WS-Security, routing and policy, then the XCPD and XCA responders), all
 * testable without a container.
 */
package dev.crossway.responder.application.internal;
