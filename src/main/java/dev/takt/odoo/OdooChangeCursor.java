package dev.takt.odoo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a reader of Odoo's changes to one model stands: a value, to be stored after each page and given back for
 * the next (see {@link OdooChangeFeed} for how it is used).
 *
 * <p>Its high-water mark is {@code (writeDate, id)}: every record whose {@code write_date} second was before
 * {@code writeDate}, or equal to it with an id up to {@code id}, has been delivered. Odoo shows {@code write_date}
 * to the second (UTC), so every instant here is kept to the second.
 *
 * <p>It also remembers the records delivered recently ({@code recent}: id → the {@code write_date} delivered, for
 * write dates from {@code recentFrom} on), so that the overlap window re-read on each call delivers only records
 * that are new or changed again there, never the same {@code (id, write_date)} twice. Its size is the number of
 * records changed within the overlap window ({@code takt.odoo.cursor-overlap-ms}, a few seconds): usually a few
 * dozen ids, a few thousand after a bulk change. {@link #toToken()} writes it as one compact line of text for
 * storage, {@link #parse(String)} reads it back.
 *
 * @param writeDate  the high-water mark's {@code write_date} (whole second, UTC)
 * @param id         the high-water mark's id within that second
 * @param recentFrom the earliest {@code write_date} for which {@code recent} is complete
 * @param recent     id → {@code write_date} of the records delivered with a {@code write_date} from
 *                   {@code recentFrom} on
 */
public record OdooChangeCursor(Instant writeDate, long id, Instant recentFrom, Map<Long, Instant> recent) {

    /** Before every change: the first read delivers every record of the model. */
    public static final OdooChangeCursor START = new OdooChangeCursor(Instant.EPOCH, 0, Instant.EPOCH, Map.of());

    private static final String VERSION = "v1";

    public OdooChangeCursor {
        Objects.requireNonNull(writeDate, "writeDate");
        Objects.requireNonNull(recentFrom, "recentFrom");
        if (id < 0) {
            throw new IllegalArgumentException("a change cursor's id is not negative, got " + id);
        }
        writeDate = writeDate.truncatedTo(ChronoUnit.SECONDS);
        recentFrom = recentFrom.truncatedTo(ChronoUnit.SECONDS);
        Map<Long, Instant> copy = new HashMap<>();
        recent.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "recent id"),
                Objects.requireNonNull(value, "recent write date").truncatedTo(ChronoUnit.SECONDS)));
        recent = Map.copyOf(copy);
    }

    /**
     * Changes after {@code instant}'s second: the records whose {@code write_date} is later. For starting a feed
     * after a full read made at {@code instant}; nothing before it is re-read as late.
     */
    public static OdooChangeCursor after(Instant instant) {
        Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
        return new OdooChangeCursor(second, Long.MAX_VALUE, second.plusSeconds(1), Map.of());
    }

    /** True for {@link #START}: nothing delivered yet. */
    public boolean isStart() {
        return writeDate.equals(Instant.EPOCH) && id == 0 && recent.isEmpty();
    }

    /**
     * One line of text: {@code v1|<writeDate>|<id>|<recentFrom>|<second>:<id>,<id>;<second>:<id>…}, instants as
     * epoch seconds.
     */
    public String toToken() {
        Map<Long, List<Long>> bySecond = new TreeMap<>();
        new TreeMap<>(recent).forEach((record, at) ->
                bySecond.computeIfAbsent(at.getEpochSecond(), s -> new ArrayList<>()).add(record));
        StringBuilder token = new StringBuilder(VERSION).append('|').append(writeDate.getEpochSecond()).append('|')
                .append(id).append('|').append(recentFrom.getEpochSecond()).append('|');
        boolean first = true;
        for (Map.Entry<Long, List<Long>> second : bySecond.entrySet()) {
            if (!first) {
                token.append(';');
            }
            first = false;
            token.append(second.getKey()).append(':');
            List<Long> ids = second.getValue();
            for (int i = 0; i < ids.size(); i++) {
                token.append(i == 0 ? "" : ",").append(ids.get(i));
            }
        }
        return token.toString();
    }

    /**
     * Reads {@link #toToken()}'s form.
     *
     * @throws IllegalArgumentException when {@code token} is not a change cursor
     */
    public static OdooChangeCursor parse(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\|", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not an Odoo change cursor: '" + token + "'");
        }
        try {
            Map<Long, Instant> recent = new HashMap<>();
            if (!parts[4].isEmpty()) {
                for (String group : parts[4].split(";")) {
                    String[] secondAndIds = group.split(":", 2);
                    Instant at = Instant.ofEpochSecond(Long.parseLong(secondAndIds[0]));
                    for (String record : secondAndIds[1].split(",")) {
                        recent.put(Long.parseLong(record), at);
                    }
                }
            }
            return new OdooChangeCursor(Instant.ofEpochSecond(Long.parseLong(parts[1])), Long.parseLong(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])), recent);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an Odoo change cursor: '" + token + "'", e);
        }
    }

    @Override
    public String toString() {
        return "OdooChangeCursor[" + writeDate + " #" + id + ", " + recent.size() + " recent from " + recentFrom
                + "]";
    }
}
