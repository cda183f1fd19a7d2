package dev.crossway.interop.ccda;

/**
 * The only way {@link NarrativeHtml} writes: tags by name from code (never from input) and
 * escaped text.
 */
final class HtmlOut {

    private final StringBuilder sb = new StringBuilder();

    HtmlOut open(String tag) {
        sb.append('<').append(tag).append('>');
        return this;
    }

    HtmlOut close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    HtmlOut raw(String trustedConstant) {
        sb.append(trustedConstant);
        return this;
    }

    HtmlOut text(String text) {
        if (text == null) {
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
