/** HTTP transport helpers shared by every outbound SOAP client (bounded response bodies). */
package dev.crossway.interop.http;
