/**
 * Identifiers as value objects: OIDs, home community ids, patient ids under an assigning
 * authority and document unique ids. They normalise the forms real partners send
 * ({@code urn:oid:} prefixes, surrounding blanks) once, at the edge.
 */
package dev.crossway.interop.id;
