package dev.takt.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner webhook registrations in Takt's database (JPA). Secrets are written once and read only by
 * {@link #secret}, for signing; no view of a registration carries them.
 */
@ApplicationScoped
public class PartnerWebhookStore implements WebhookRegistry {

    /** What a registration returns: the registration, and its secret only when Takt generated it (shown once). */
    public record Registered(PartnerWebhook webhook, String generatedSecret) {
    }

    @PersistenceContext(unitName = "takt")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Stores a registration checked with {@link WebhookRegistration#check()}. */
    @Transactional
    public Registered register(WebhookRegistration.Checked checked) {
        PartnerWebhookRow row = new PartnerWebhookRow(UUID.randomUUID().toString(), checked, now());
        em.persist(row);
        return new Registered(row.toDomain(), checked.generated() ? checked.secret() : null);
    }

    /** Removes a registration in force; false when there is none with that id. */
    @Transactional
    public boolean remove(String id) {
        PartnerWebhookRow row = id == null ? null : em.find(PartnerWebhookRow.class, id);
        if (row == null || row.removed()) {
            return false;
        }
        row.remove(now());
        return true;
    }

    @Override
    @Transactional
    public List<PartnerWebhook> active() {
        return em.createQuery("SELECT w FROM PartnerWebhookRow w WHERE w.removedAt IS NULL ORDER BY w.createdAt, w.id",
                PartnerWebhookRow.class).getResultStream().map(PartnerWebhookRow::toDomain).toList();
    }

    @Override
    @Transactional
    public Optional<String> secret(String webhookId) {
        PartnerWebhookRow row = webhookId == null ? null : em.find(PartnerWebhookRow.class, webhookId);
        return row == null || row.removed() ? Optional.empty() : Optional.of(row.secret());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
