/**
 * XCA, Cross-Community Access: ITI-38 (ebRS AdhocQueryRequest/Response with the XDS stored
 * queries and DocumentEntry metadata) and ITI-39 (XDS.b RetrieveDocumentSetRequest/Response,
 * documents inline or as MTOM/XOP parts). Immutable records for what the messages carry; one
 * reader and one writer per message, on DOM elements.
 */
package dev.crossway.interop.xca;
