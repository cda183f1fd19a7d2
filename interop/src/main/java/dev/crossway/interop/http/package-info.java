/** The outbound HTTP clients (SOAP: {@link dev.crossway.interop.http.SoapTransport}; JSON webhooks: {@link dev.crossway.interop.http.HttpPost}) and the address policy every outbound call passes. */
package dev.crossway.interop.http;
