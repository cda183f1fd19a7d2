package dev.crossway.interop.soap;

import java.nio.charset.StandardCharsets;

/** Hostile inputs shared by the message tests. */
public final class Malicious {

    public static final byte[] XXE = ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><b>&x;</b></s:Body></s:Envelope>")
            .getBytes(StandardCharsets.UTF_8);

    public static final byte[] BILLION_LAUGHS = ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><b>&lol3;</b></s:Body></s:Envelope>")
            .getBytes(StandardCharsets.UTF_8);

    private Malicious() {
    }
}
