package dev.crossway.interop.soap;

import dev.crossway.interop.xml.SecureXml;
import dev.crossway.testsupport.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3c.dom.Element;

/**
 * The shared IHE samples, read in place from {@code samples/ihe} of {@link Shared}; never copied into
 * the repo.
 */
public final class IheSamples {

    private IheSamples() {
    }

    public static Path path(String relative) {
        return Shared.path("samples/ihe").resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample as a SOAP envelope. */
    public static SoapEnvelope envelope(String relative) {
        return SoapEnvelope.parse(bytes(relative));
    }

    /** The body payload of a SOAP sample, or the root of a bare-payload sample. */
    public static Element payload(String relative) {
        byte[] xml = bytes(relative);
        Element root = SecureXml.parse(xml).getDocumentElement();
        return SoapNamespaces.SOAP12.equals(root.getNamespaceURI()) ? SoapEnvelope.parse(xml).payload() : root;
    }
}
