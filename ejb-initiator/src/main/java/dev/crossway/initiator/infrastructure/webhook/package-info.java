/**
 * Webhook delivery: the destinations and the durable outbox in MariaDB (plain JDBC: the claim is
 * one conditional UPDATE, which JPA would only wrap), the signed envelope, and one delivery round
 * ({@link dev.crossway.initiator.infrastructure.webhook.DeliveryRound}) that the server runs on a
 * timer on every node. No server types, so the tests run them against MariaDB and a receiver on
 * loopback.
 */
package dev.crossway.initiator.infrastructure.webhook;
