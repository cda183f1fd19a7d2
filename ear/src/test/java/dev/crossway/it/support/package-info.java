/** What every integration test shares: the server's address, tokens, the API client, samples. */
package dev.crossway.it.support;
