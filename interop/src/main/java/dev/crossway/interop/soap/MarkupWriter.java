package dev.crossway.interop.soap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes an answer straight to UTF-8 markup, element by element, for messages that are built
 * once, sent and never signed or read back: the same bytes {@link SoapSerializer} writes for the
 * same tree built as a DOM (escaping, {@code />} for an element without content, attributes in
 * the order a Xerces DOM keeps them: sorted by qualified name), without the DOM. The XCPD answer
 * built as a DOM, moved into an envelope and serialised was a fifth of an XCPD
 * request-to-response in the interop JMH profile.
 *
 * <p>The caller declares the namespaces it uses ({@code xmlns...} attributes, sorted with the
 * others as in the DOM); there is no fix-up. Names are the caller's constants, never outside
 * text; values and text are escaped. A null attribute value leaves the attribute out; null or
 * empty text writes nothing (as {@code setTextContent} adds no node for them).
 */
public final class MarkupWriter {

    private final StringBuilder out = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    private String[] open = new String[32];
    private int depth;
    /** Name/value pairs of the start tag being written, sorted by name, until its content or end. */
    private String[] attributes = new String[16];
    private int attributeCount;
    private boolean inStartTag;

    /** Opens an element named {@code qualifiedName}. */
    public MarkupWriter start(String qualifiedName) {
        closeStartTag();
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = qualifiedName;
        out.append('<').append(qualifiedName);
        inStartTag = true;
        return this;
    }

    /** An attribute (or a namespace declaration) of the element just opened; nothing when {@code value} is null. */
    public MarkupWriter attribute(String qualifiedName, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + qualifiedName + " after the content of " + current());
        }
        if (value == null) {
            return this;
        }
        int at = 0;
        while (at < attributeCount && attributes[2 * at].compareTo(qualifiedName) < 0) {
            at++;
        }
        if (at < attributeCount && attributes[2 * at].equals(qualifiedName)) {
            attributes[2 * at + 1] = value; // as setAttribute replaces
            return this;
        }
        if (2 * attributeCount + 2 > attributes.length) {
            attributes = Arrays.copyOf(attributes, attributes.length * 2);
        }
        System.arraycopy(attributes, 2 * at, attributes, 2 * at + 2, 2 * (attributeCount - at));
        attributes[2 * at] = qualifiedName;
        attributes[2 * at + 1] = value;
        attributeCount++;
        return this;
    }

    /** Escaped character data; nothing for null or "". */
    public MarkupWriter text(String text) {
        if (depth == 0) {
            throw new IllegalStateException("text outside the root element");
        }
        if (text != null && !text.isEmpty()) {
            closeStartTag();
            SoapSerializer.escape(text, out, false);
        }
        return this;
    }

    /** Closes the innermost open element: {@code />} when it has no content. */
    public MarkupWriter end() {
        if (depth == 0) {
            throw new IllegalStateException("no element is open");
        }
        String name = open[--depth];
        open[depth] = null;
        if (inStartTag) {
            writeAttributes();
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** How many elements are open. */
    public int depth() {
        return depth;
    }

    /** The document as UTF-8, once every element is closed. */
    public byte[] toBytes() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " element(s) still open, innermost " + current());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String current() {
        return depth == 0 ? "(none)" : open[depth - 1];
    }

    private void closeStartTag() {
        if (inStartTag) {
            writeAttributes();
            out.append('>');
            inStartTag = false;
        }
    }

    private void writeAttributes() {
        for (int i = 0; i < attributeCount; i++) {
            out.append(' ').append(attributes[2 * i]).append("=\"");
            SoapSerializer.escape(attributes[2 * i + 1], out, true);
            out.append('"');
            attributes[2 * i] = null;
            attributes[2 * i + 1] = null;
        }
        attributeCount = 0;
    }
}
