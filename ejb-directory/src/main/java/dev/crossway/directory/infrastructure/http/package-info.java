/** The HTTP client of the Carequality directory: paging its Organizations, publishing ours. */
package dev.crossway.directory.infrastructure.http;
