package dev.crossway.responder.application;

/**
 * A gateway-mode community's own endpoints, where Crossway forwards what its identity cache cannot
 * answer: {@code {"Xcpd", "XcaQuery", "XcaRetrieve"}} in the API. Any of them may be null.
 */
public record DownstreamEndpoints(String xcpd, String xcaQuery, String xcaRetrieve) {

    /** Null when no URL is given. */
    public static DownstreamEndpoints of(String xcpd, String xcaQuery, String xcaRetrieve) {
        return xcpd == null && xcaQuery == null && xcaRetrieve == null ? null : new DownstreamEndpoints(xcpd, xcaQuery, xcaRetrieve);
    }
}
