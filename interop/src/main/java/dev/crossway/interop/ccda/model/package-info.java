/**
 * The discrete data read from a C-CDA, in the shape of the Redox ClinicalSummary data model:
 * immutable records whose JSON names are Redox's PascalCase. Absent or {@code nullFlavor}
 * values are {@code null} (and left out of the JSON), never the string "null"; negated entries
 * ("no known allergies", "immunization refused") carry an explicit flag rather than looking
 * like positive entries.
 */
package dev.crossway.interop.ccda.model;
