package io.lambdasim.reports.html;

/**
 * A tiny XHTML builder: escapes text and attributes, and nothing else. Every element it writes is
 * closed, so the page parses as XML (the report test checks exactly that).
 */
final class Html {

    private final StringBuilder sb = new StringBuilder(1 << 16);

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' '); // control characters are not allowed in XML
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    Html raw(String s) {
        sb.append(s);
        return this;
    }

    Html text(String s) {
        sb.append(escape(s));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}; {@code cls} may be null. */
    Html el(String tag, String cls, String text) {
        open(tag, cls);
        text(text);
        return close(tag);
    }

    Html open(String tag, String cls) {
        sb.append('<').append(tag);
        if (cls != null) {
            sb.append(" class=\"").append(escape(cls)).append('"');
        }
        sb.append('>');
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
