package dev.crossway.responder.domain.matching;

import java.util.List;

/** One name of a query: its given names in order and its family name (either may be missing). */
public record QueryName(List<String> given, String family) {

    public QueryName {
        given = List.copyOf(given);
    }

    public String firstGiven() {
        return given.isEmpty() ? null : given.get(0);
    }
}
