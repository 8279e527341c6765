package dev.takt.domain;

/**
 * An item's internal reference as planners and Odoo write it ({@code FURN_7800}): surrounding blanks removed, never
 * empty, at most {@value #MAX_LENGTH} characters, no control characters.
 *
 * @param value the code
 */
public record ItemCode(String value) {

    /** Longest code Takt stores. */
    public static final int MAX_LENGTH = 64;

    public ItemCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the item code is missing");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("item code '" + value.substring(0, 20) + "…' is longer than "
                    + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("item code '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' contains control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
