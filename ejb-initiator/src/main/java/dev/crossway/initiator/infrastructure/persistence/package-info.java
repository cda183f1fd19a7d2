/** JPA storage of the initiator's entities, its Flyway migrations and the JSON form of stored summaries. */
package dev.crossway.initiator.infrastructure.persistence;
