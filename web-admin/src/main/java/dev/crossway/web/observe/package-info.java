/**
 * What the operator's monitoring reads: the readiness probes behind the health checks of the
 * {@code health} library, the gateway's and the application's metrics (WildFly's Micrometer
 * registry, served at {@code :9990/metrics}), and the one log line per gateway request and API call
 * with its correlation id.
 */
package dev.crossway.web.observe;
