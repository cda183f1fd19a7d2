/**
 * SOAP 1.2 as IHE cross-community profiles use it: the envelope with WS-Addressing headers,
 * SOAP faults, and MTOM/XOP packaging for documents. The envelope keeps its DOM {@code Document}
 * open so that WS-Security headers can be added and signed before serialisation, and
 * serialisation never reformats what was signed.
 */
package dev.crossway.interop.soap;
