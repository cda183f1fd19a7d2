package dev.crossway.interop.saml;

import org.apache.xml.security.Init;

/** Initialises Apache Santuario once per class loader, before any signature is made or read. */
final class Santuario {

    private Santuario() {
    }

    static void init() {
        if (!Init.isInitialized()) {
            Init.init();
        }
    }
}
