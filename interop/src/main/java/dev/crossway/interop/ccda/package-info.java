/**
 * C-CDA reading: {@link dev.crossway.interop.ccda.CcdaReader} turns a document (or an example
 * fragment) into the Redox ClinicalSummary records of {@code ccda.model};
 * {@link dev.crossway.interop.ccda.CcdaMetadata} gives the XDS DocumentEntry metadata the
 * responder indexes pushed documents by; {@link dev.crossway.interop.ccda.NarrativeHtml} renders
 * the section narratives as safe HTML for the portal; {@code ccda.write} renders the model back into
 * a C-CDA R2.1 CCD and {@link dev.crossway.interop.ccda.CcdaConformance} checks one offline.
 * Everything parses through
 * {@link dev.crossway.interop.xml.SecureXml}; see docs/decisions/interop-ccda.md.
 */
package dev.crossway.interop.ccda;
