package dev.crossway.interop.soap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A parsed Content-Type header value: {@code type/subtype} and its parameters (quoted or not). */
record MediaType(String type, Map<String, String> parameters) {

    static MediaType parse(String header) {
        if (header == null || header.isBlank()) {
            throw new SoapMessageException("Content-Type header is missing");
        }
        int semi = header.indexOf(';');
        String type = (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        int i = semi < 0 ? header.length() : semi + 1;
        while (i < header.length()) {
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < header.length() && Character.isWhitespace(header.charAt(j))) {
                j++;
            }
            StringBuilder value = new StringBuilder();
            if (j < header.length() && header.charAt(j) == '"') {
                j++;
                while (j < header.length() && header.charAt(j) != '"') {
                    if (header.charAt(j) == '\\' && j + 1 < header.length()) {
                        j++;
                    }
                    value.append(header.charAt(j++));
                }
                if (j >= header.length()) {
                    throw new SoapMessageException("Content-Type parameter '" + name + "' has an unterminated quoted value");
                }
                j = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                j = end;
            }
            params.put(name, value.toString().trim());
            i = j < 0 ? header.length() : j + 1;
        }
        return new MediaType(type, Map.copyOf(params));
    }

    String parameter(String name) {
        return parameters.get(name);
    }
}
