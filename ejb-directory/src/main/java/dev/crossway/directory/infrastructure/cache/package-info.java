/** Cluster-wide signals of the directory over WildFly's Infinispan (the change token of the in-memory radius grid). */
package dev.crossway.directory.infrastructure.cache;
