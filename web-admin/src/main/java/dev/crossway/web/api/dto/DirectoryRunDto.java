package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A directory import or sync run and its progress. */
public record DirectoryRunDto(@JsonProperty("ID") String id, String kind, String status,
                              @JsonProperty("URL") String url, Integer pages, Integer organizations,
                              Integer totalExpected, List<String> errors, Instant started, Instant finished) {
}
