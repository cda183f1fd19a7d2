package dev.crossway.responder.domain.audit;

/** What an audit record is about: the three IHE transactions, or an administrative change. */
public enum Transaction {
    ITI_55("ITI-55"), ITI_38("ITI-38"), ITI_39("ITI-39"), ADMIN("ADMIN");

    private final String code;

    Transaction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Transaction parse(String code) {
        for (Transaction t : values()) {
            if (t.code.equalsIgnoreCase(code) || t.name().equalsIgnoreCase(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("transaction '" + code + "' is not ITI-55, ITI-38, ITI-39 or ADMIN");
    }
}
