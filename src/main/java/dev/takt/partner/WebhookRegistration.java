package dev.takt.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a partner asks for when registering a webhook, checked field by field ({@link #check}). A secret, when the
 * partner brings one, must be 32 to 200 printable ASCII characters without spaces; without one, Takt generates
 * {@code whsec_} + 43 characters of base64url (256 random bits), returned once.
 *
 * @param partner    the partner's name (1–200 characters)
 * @param url        an absolute http or https URL (https recommended), without user info or fragment
 * @param events     one or more kinds
 * @param filter     optional filter
 * @param secret     the partner's secret, or null to have one generated
 */
public record WebhookRegistration(String partner, String url, List<EventKind> events, EventFilter filter,
        String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A checked registration: the parsed URL, the kinds and the secret to store. */
    public record Checked(String partner, URI url, Set<EventKind> events, EventFilter filter, String secret,
            boolean generated) {
    }

    /** @throws PartnerWebhookException naming the first field that is wrong */
    public Checked check() {
        String name = partner == null ? "" : partner.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new PartnerWebhookException("partner", "must be 1 to 200 characters");
        }
        URI uri = url(url);
        if (events == null || events.isEmpty() || events.stream().anyMatch(java.util.Objects::isNull)) {
            throw new PartnerWebhookException("events", "must list at least one kind of event, e.g. "
                    + "FORECAST_PUBLISHED");
        }
        EventFilter checkedFilter = filter == null ? EventFilter.ANY : filter;
        length("item", checkedFilter.item(), 64);
        length("workCenter", checkedFilter.workCenter(), 128);
        length("plant", checkedFilter.plant(), 64);
        boolean generate = secret == null || secret.isEmpty();
        String checkedSecret = generate ? generate() : secret(secret);
        return new Checked(name, uri, EnumSet.copyOf(events), checkedFilter, checkedSecret, generate);
    }

    private static URI url(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw new PartnerWebhookException("url", "must be an absolute http or https URL of at most 2,000 "
                    + "characters");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new PartnerWebhookException("url", "is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new PartnerWebhookException("url", "must start with https:// (or http:// for a test endpoint)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new PartnerWebhookException("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new PartnerWebhookException("url", "must not carry a user name or password; the signature "
                    + "authenticates Takt to you");
        }
        if (uri.getRawFragment() != null) {
            throw new PartnerWebhookException("url", "must not have a fragment (#...)");
        }
        return uri;
    }

    private static String secret(String given) {
        if (given.length() < 32 || given.length() > 200) {
            throw new PartnerWebhookException("secret", "must be 32 to 200 characters, got " + given.length()
                    + "; leave it out to have Takt generate one");
        }
        for (char c : given.toCharArray()) {
            if (c < 0x21 || c > 0x7e) {
                throw new PartnerWebhookException("secret", "must be printable ASCII without spaces");
            }
        }
        return given;
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void length(String argument, String value, int max) {
        if (value != null && value.length() > max) {
            throw new PartnerWebhookException(argument, "must not be longer than " + max + " characters");
        }
    }
}
