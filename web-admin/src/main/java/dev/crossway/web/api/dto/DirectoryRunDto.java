package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A directory import or sync run and its progress. */
@Schema
public record DirectoryRunDto(@JsonProperty("ID") String id, String kind, String status,
                              @JsonProperty("URL") String url, Integer pages, Integer organizations,
                              Integer totalExpected, List<String> errors, Instant started, Instant finished) {
}
