package dev.takt.partner;

import dev.takt.domain.event.TaktEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns each committed event into webhook deliveries and hands them to the {@link PartnerDispatch} seam, off the
 * committing thread (the registrations are read on the managed executor, in their own transaction).
 */
@ApplicationScoped
public class PartnerEventObserver {

    private static final Logger LOG = Logger.getLogger(PartnerEventObserver.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    PartnerNotifications notifications;

    @Inject
    PartnerDispatch dispatch;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaktEvent event) {
        try {
            executor.execute(() -> notify(event));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "No webhook for " + EventKind.of(event).publicName() + ": the server is stopping");
        }
    }

    private void notify(TaktEvent event) {
        try {
            List<PartnerDelivery> deliveries = notifications.deliveriesFor(event);
            // SEAM (lead, at merge): route these through the outbox by replacing the PartnerDispatch bean.
            dispatch.dispatch(deliveries);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook deliveries for " + EventKind.of(event).publicName()
                    + " could not be prepared", e);
        }
    }
}
