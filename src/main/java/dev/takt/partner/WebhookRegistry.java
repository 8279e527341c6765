package dev.takt.partner;

import java.util.List;
import java.util.Optional;

/** Where partner webhook registrations are kept ({@link PartnerWebhookStore} in JPA). */
public interface WebhookRegistry {

    /** The registrations in force (not removed), oldest first. */
    List<PartnerWebhook> active();

    /** The secret of a registration in force; empty when it was removed or never existed. */
    Optional<String> secret(String webhookId);
}
