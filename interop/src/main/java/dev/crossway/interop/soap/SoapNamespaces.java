package dev.crossway.interop.soap;

/** Namespace URIs and well-known values of SOAP 1.2, WS-Addressing 1.0 and XOP. */
public final class SoapNamespaces {

    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    /** SOAP 1.1: recognised only to refuse it clearly; IHE ITI-55/38/39 require SOAP 1.2. */
    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String WSA = "http://www.w3.org/2005/08/addressing";
    public static final String WSA_ANONYMOUS = "http://www.w3.org/2005/08/addressing/anonymous";
    public static final String XOP = "http://www.w3.org/2004/08/xop/include";

    private SoapNamespaces() {
    }
}
