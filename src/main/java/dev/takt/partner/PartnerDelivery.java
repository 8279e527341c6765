package dev.takt.partner;

import java.net.URI;
import java.util.Objects;

/**
 * One webhook POST to make: which registration, where, and the exact body. The body and the delivery id never change
 * between attempts; the signature is computed at each attempt (its timestamp is the attempt's), with the secret read
 * at that moment, so a queued delivery carries no secret.
 *
 * @param webhookId  the registration
 * @param url        where to POST
 * @param deliveryId unique id of this delivery ({@code Takt-Delivery}), for de-duplication on the partner's side
 * @param event      the event kind's public name ({@code Takt-Event})
 * @param body       the JSON body
 */
public record PartnerDelivery(String webhookId, URI url, String deliveryId, String event, String body) {

    public PartnerDelivery {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
    }
}
