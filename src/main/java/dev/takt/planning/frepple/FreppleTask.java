package dev.takt.planning.frepple;

import java.time.Instant;
import java.util.Set;

/**
 * A frePPLe task as its status API shows it ({@code GET /execute/api/status/?id=N}).
 *
 * @param id        the task id
 * @param name      the command, e.g. {@code runplan}
 * @param status    {@code Waiting}, a progress like {@code 34%}, or a final {@code Done}, {@code Failed},
 *                  {@code Canceled}
 * @param message   frePPLe's message (empty when all went well)
 * @param arguments the command's arguments, e.g. {@code --constraint=15 --plantype=1 --env=supply}
 * @param user      who launched it
 * @param submitted when it was submitted, or null
 * @param started   when it started, or null
 * @param finished  when it finished, or null
 * @param logfile   the name of its log file on the frePPLe server
 */
public record FreppleTask(long id, String name, String status, String message, String arguments, String user,
        Instant submitted, Instant started, Instant finished, String logfile) {

    private static final Set<String> FINAL = Set.of("Done", "Failed", "Canceled");

    /** True once frePPLe will not change the task any more. */
    public boolean finishedRunning() {
        return FINAL.contains(status);
    }

    /** True when it ended well. */
    public boolean done() {
        return "Done".equals(status);
    }
}
