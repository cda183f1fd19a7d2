/** JPA repositories of the {@code responder} persistence unit and the Flyway migration of its schema. */
package dev.crossway.responder.infrastructure.persistence;
