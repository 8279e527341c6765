package dev.takt.domain;

/**
 * A submitted line that was not stored, and why, in words for the planner who must correct it
 * ({@code line 37: item FURN_9999 is not known in Odoo}).
 *
 * @param line   the line's position in the submission, from 1
 * @param field  the input field at fault ({@code item}, {@code quantity}…), or null when the line as a whole is
 * @param reason the explanation, starting with {@code line <n>: }
 */
public record RejectedLine(int line, String field, String reason) {

    public RejectedLine {
        PlanningLines.checkLine(line);
        reason = PlanningLines.requireText(reason, "reason");
        field = PlanningLines.optionalText(field);
    }

    /** A rejection whose reason is {@code line <n>: <problem>}. */
    public static RejectedLine of(int line, String field, String problem) {
        return new RejectedLine(line, field, "line " + line + ": " + problem);
    }
}
