package dev.takt.domain;

/** Small text rules shared by value objects. */
final class Text {

    private Text() {
    }

    /** {@code value} stripped, null when blank, cut to {@code max} characters (the last one an ellipsis). */
    static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }
}
