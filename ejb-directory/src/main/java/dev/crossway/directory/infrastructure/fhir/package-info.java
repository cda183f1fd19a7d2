/**
 * Reading and writing the Carequality (Sequoia) directory's FHIR R4 resources with HAPI FHIR:
 * both the current R4 profile and the older Sequoia 1.0 extensions map to one
 * {@link dev.crossway.directory.domain.DirectoryEntry}.
 */
package dev.crossway.directory.infrastructure.fhir;
