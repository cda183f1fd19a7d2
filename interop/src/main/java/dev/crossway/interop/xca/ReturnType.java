package dev.crossway.interop.xca;

/** What a stored query returns: full metadata (LeafClass) or references (ObjectRef). */
public enum ReturnType {
    LEAF_CLASS("LeafClass"), OBJECT_REF("ObjectRef");

    private final String value;

    ReturnType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static ReturnType of(String value) {
        for (ReturnType t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        throw new XcaMessageException("ResponseOption returnType '" + value + "' is neither LeafClass nor ObjectRef");
    }
}
