/**
 * Small concurrency helpers shared by the server's modules where the JDK and the container have
 * none for the job.
 */
package dev.crossway.interop.concurrent;
