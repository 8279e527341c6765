package dev.takt.partner;

/**
 * How one webhook attempt went.
 *
 * @param outcome what to do next
 * @param status  the HTTP status, or 0 when there was no answer
 * @param detail  a short line for the log, in plain words
 */
public record WebhookResult(Outcome outcome, int status, String detail) {

    /** What an attempt comes to. */
    public enum Outcome {
        /** 2xx: the partner has it. */
        DELIVERED,
        /** 408, 429, 5xx, timeout or connection failure: try again later. */
        RETRY,
        /** Any other answer (3xx, 4xx): trying again would not help. */
        REJECTED
    }

    /** The outcome of an HTTP status. */
    public static Outcome classify(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
            return Outcome.RETRY;
        }
        return Outcome.REJECTED;
    }
}
