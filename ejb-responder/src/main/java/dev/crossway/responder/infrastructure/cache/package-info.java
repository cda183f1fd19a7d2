/**
 * The replicated patient identity cache on WildFly's Infinispan subsystem, and how its values
 * are encoded to cross the cluster.
 */
package dev.crossway.responder.infrastructure.cache;
