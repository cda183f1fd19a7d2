package dev.crossway.web.observe;

/** The IHE transaction each gateway path serves, as the metrics and the log name it. */
final class GatewayTransactions {

    private GatewayTransactions() {
    }

    static String of(String servletPath) {
        return switch (servletPath) {
            case "/gateway/xcpd" -> "ITI-55";
            case "/gateway/xca/query" -> "ITI-38";
            case "/gateway/xca/retrieve" -> "ITI-39";
            default -> "none";
        };
    }
}
