package dev.takt.api.graphql;

import dev.takt.partner.EventFilter;
import dev.takt.partner.EventKind;
import dev.takt.partner.PartnerWebhook;
import dev.takt.partner.PartnerWebhookException;
import dev.takt.partner.PartnerWebhookStore;
import dev.takt.partner.WebhookRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.List;

/**
 * Partner webhook registrations: where Takt POSTs which events, signed with the partner's secret (see
 * docs/subscriptions.md). No query ever returns a secret; a secret Takt generates is returned once, by the
 * registration.
 *
 * <p>Security comes with a later issue: until then, like the rest of the API, every operation is {@code @PermitAll}.
 */
@GraphQLApi
@ApplicationScoped
@TranslateErrors
@PermitAll
public class PartnerWebhooks {

    private PartnerWebhookStore store;

    PartnerWebhooks() {
    }

    @Inject
    public PartnerWebhooks(PartnerWebhookStore store) {
        this.store = store;
    }

    /** What a partner registers. */
    @Name("PartnerWebhookInput")
    @Description("A webhook registration.")
    public record Input(
            @NonNull @Description("The partner's name, for people (1 to 200 characters).") String partner,
            @NonNull @Description("Where to POST events: an absolute https URL (http only for tests).") String url,
            @NonNull @Description("The kinds of event to receive (at least one).") List<@NonNull EventKind> events,
            @Description("Only events about this item code.") String item,
            @Description("Only events about this work center (its name).") String workCenter,
            @Description("Only events about this plant (warehouse short code).") String plant,
            @Description("The secret to sign with (32 to 200 printable ASCII characters). Leave it out to have Takt "
                    + "generate one; it is then returned once, by this mutation.") String secret) {
    }

    /** A registration as it may be shown: never with its secret. */
    @Name("PartnerWebhook")
    @Description("A partner webhook registration (its secret is never shown).")
    public record View(@NonNull String id, @NonNull String partner, @NonNull String url,
            @NonNull List<@NonNull EventKind> events, String item, String workCenter, String plant,
            @NonNull Instant createdAt) {

        static View of(PartnerWebhook webhook) {
            return new View(webhook.id(), webhook.partner(), webhook.url().toString(),
                    webhook.events().stream().sorted().toList(), webhook.filter().item(),
                    webhook.filter().workCenter(), webhook.filter().plant(), webhook.createdAt());
        }
    }

    /** The reply to a registration. */
    @Name("PartnerWebhookRegistration")
    @Description("A registration stored; generatedSecret is set only when Takt generated the secret, and is shown "
            + "this once: store it now.")
    public record Registered(@NonNull View webhook, String generatedSecret) {
    }

    @Mutation("registerPartnerWebhook")
    @Description("Registers a URL to which Takt POSTs the chosen events as JSON, signed with HMAC-SHA256 "
            + "(Takt-Signature header; see the subscription protocol in the docs). Each field is checked "
            + "(BAD_ARGUMENT names the first wrong one).")
    @NonNull
    public Registered registerPartnerWebhook(@Name("input") @NonNull PartnerWebhooks.Input input) {
        WebhookRegistration.Checked checked;
        try {
            checked = new WebhookRegistration(input.partner(), input.url(), input.events(),
                    new EventFilter(input.item(), input.workCenter(), input.plant()), input.secret()).check();
        } catch (PartnerWebhookException e) {
            throw new InvalidArgumentException("input." + e.argument(), e.getMessage());
        }
        var registered = store.register(checked);
        return new Registered(View.of(registered.webhook()), registered.generatedSecret());
    }

    @Mutation("removePartnerWebhook")
    @Description("Removes a registration: no event is sent to it from now on (deliveries already under way may "
            + "still arrive). NOT_FOUND when no registration in force has that id.")
    @NonNull
    public Boolean removePartnerWebhook(@Name("id") @NonNull @Description("The registration's id.") String id) {
        if (!store.remove(id)) {
            throw new NotFoundError("no partner webhook registration in force has the id '" + id + "'");
        }
        return true;
    }

    @Query("partnerWebhooks")
    @Description("The webhook registrations in force, oldest first (never with their secrets).")
    @NonNull
    public List<@NonNull View> partnerWebhooks() {
        return store.active().stream().map(View::of).toList();
    }
}
