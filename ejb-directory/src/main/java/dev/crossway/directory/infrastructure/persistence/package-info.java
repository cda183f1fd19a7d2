/**
 * JPA repositories over the {@code directory} persistence unit, and the Flyway migration of its
 * schema. Each repository takes its {@code EntityManager} from the container, or from a test.
 */
package dev.crossway.directory.infrastructure.persistence;
