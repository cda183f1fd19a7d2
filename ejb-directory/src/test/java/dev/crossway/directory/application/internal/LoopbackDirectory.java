package dev.crossway.directory.application.internal;

import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.AllowList;
import dev.crossway.interop.http.HostResolver;

/** Talking to fake directories on loopback ({@link dev.crossway.testsupport.LocalFhirDirectory}, a test's own server). */
final class LoopbackDirectory {

    private LoopbackDirectory() {
    }

    /**
     * A client for fake directories on loopback: plain HTTP to 127.0.0.1 allowed as the sandbox
     * allows its own entries (the address policy is still applied to every request).
     */
    static DirectoryHttpClient client() {
        return new DirectoryHttpClient(null, new AddressPolicy(AllowList.parse("127.0.0.0/8"), true, HostResolver.SYSTEM),
                DirectoryHttpClient.DEFAULT_MAX_BYTES);
    }
}
