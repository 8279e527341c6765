package dev.takt.partner;

import dev.takt.domain.event.CommandDeadLettered;
import dev.takt.domain.event.TaktEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns each event into webhook deliveries for the registrations that want it and queues them in the durable outbox
 * ({@link PartnerDispatch}), in the transaction of the change that produced the event (an immediate observer): the
 * webhooks commit with the change or not at all, so a crash right after the commit loses none. Events fired outside
 * a transaction (the outbox relay's, after its own commit) are queued in a transaction of their own. A dead letter
 * of a webhook delivery itself produces no webhook (a partner whose endpoint refuses everything would otherwise
 * feed itself dead letters for ever).
 */
@ApplicationScoped
public class PartnerEventObserver {

    private static final Logger LOG = Logger.getLogger(PartnerEventObserver.class.getName());

    @Inject
    PartnerNotifications notifications;

    @Inject
    PartnerDispatch dispatch;

    void fired(@Observes TaktEvent event) {
        if (event instanceof CommandDeadLettered dead && "PARTNER".equals(dead.target())) {
            return;
        }
        List<PartnerDelivery> deliveries;
        try {
            deliveries = notifications.deliveriesFor(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook deliveries for " + EventKind.of(event).publicName()
                    + " could not be prepared", e);
            return;
        }
        if (!deliveries.isEmpty()) {
            dispatch.dispatch(deliveries);
        }
    }
}
