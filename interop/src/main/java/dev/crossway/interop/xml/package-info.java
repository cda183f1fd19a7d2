/**
 * Hardened XML: every document Crossway reads from outside goes through {@link dev.crossway.interop.xml.SecureXml},
 * which refuses DTDs and external entities and bounds size, depth and entity expansion.
 */
package dev.crossway.interop.xml;
