package dev.takt.domain;

/** Checks shared by the planning records. */
final class PlanningLines {

    private PlanningLines() {
    }

    static void checkLine(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
    }

    /** The text without surrounding blanks; refuses a missing or blank one, naming it. */
    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
        return text.strip();
    }

    /** The text without surrounding blanks, or null when it is missing or blank. */
    static String optionalText(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
