package dev.crossway.directory.application.internal;

import dev.crossway.directory.domain.Address;
import dev.crossway.directory.domain.Endpoint;
import dev.crossway.directory.domain.Organization;

/** The JSON summary an audit event keeps of a facility after the change: what an auditor needs to see. */
final class AuditSummary {

    private AuditSummary() {
    }

    static String of(Organization o) {
        Address a = o.address();
        StringBuilder sb = new StringBuilder("{");
        field(sb, "name", o.name()).append(',');
        field(sb, "active", String.valueOf(o.isActive())).append(',');
        field(sb, "type", o.type().map(Enum::name).orElse(null)).append(',');
        field(sb, "address", a == null ? null
                : String.join(", ", nz(a.street()), nz(a.city()), nz(a.state()), nz(a.zip()))).append(',');
        sb.append("\"endpoints\":[");
        boolean first = true;
        for (Endpoint e : o.endpoints()) {
            sb.append(first ? "" : ",").append('{');
            field(sb, "transaction", e.transaction().label()).append(',');
            field(sb, "url", e.url()).append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        sb.append('"').append(name).append("\":");
        if (value == null) {
            return sb.append("null");
        }
        sb.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
