/**
 * The MicroProfile Health checks WildFly serves on the management port ({@code /health},
 * {@code /health/live}, {@code /health/ready}).
 *
 * <p>WildFly collects health checks only from the beans its extension can see from the EAR's top
 * level, which are those of the EAR's libraries: checks in the EJB modules or the WAR are never
 * called (WFLY-12835, observed on WildFly 39). So the checks live in this library, each under its
 * contract name, and run what the module that knows the answer registered in {@link ReadinessProbes}
 * when it started (the web module, which sees every EJB module). Until then a check answers DOWN:
 * a node that has not finished starting is not ready.
 */
package dev.crossway.health;
