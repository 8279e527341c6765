package dev.takt.ops;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of configuration values for a connector's configuration class: whole numbers, durations (milliseconds
 * or ISO-8601) and http(s) URLs, each failing with a message that names the key and the value, wrapped in the
 * connector's own configuration exception.
 */
public final class Settings {

    private final Function<String, Optional<String>> lookup;
    private final Function<String, ? extends RuntimeException> problem;

    /**
     * @param lookup  the raw value of a key, if set (MicroProfile Config, or a map in tests)
     * @param problem makes the exception to throw from a message naming the key
     */
    public Settings(Function<String, Optional<String>> lookup, Function<String, ? extends RuntimeException> problem) {
        this.lookup = lookup;
        this.problem = problem;
    }

    /** The trimmed value of {@code key}, if set and not blank. */
    public Optional<String> text(String key) {
        return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** A whole number, or {@code fallback} when unset. */
    public int integer(String key, int fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw problem.apply(key + " must be a whole number, got '" + value.get() + "'");
        }
    }

    /** A positive duration given in milliseconds or as ISO-8601 ({@code PT5S}), or {@code fallback} when unset. */
    public Duration duration(String key, Duration fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        Duration d;
        try {
            d = value.get().toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(value.get())
                    : Duration.ofMillis(Long.parseLong(value.get()));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw problem.apply(key + " must be milliseconds or an ISO-8601 duration (PT5S), got '" + value.get()
                    + "'");
        }
        if (d.isNegative() || d.isZero()) {
            throw problem.apply(key + " must be positive, got '" + value.get() + "'");
        }
        return d;
    }

    /** {@code url} as an absolute http(s) URI; {@code key} names the setting it came from. */
    public URI httpUrl(String key, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw problem.apply(key + " is not a valid URL: '" + url + "'");
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw problem.apply(key + " must be an http:// or https:// address, got '" + url + "'");
        }
        return uri;
    }

    /** {@code url} without trailing slashes. */
    public static String trimSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
