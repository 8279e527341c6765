package dev.takt.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A webhook registration as stored (table PARTNER_WEBHOOK, migration V5). Times are UTC. */
@Entity
@Table(name = "PARTNER_WEBHOOK")
public class PartnerWebhookRow {

    @Id
    @Column(name = "WEBHOOK_ID", length = 36)
    private String id;

    @Column(name = "PARTNER_NAME", nullable = false, length = 200)
    private String partner;

    @Column(name = "URL", nullable = false, length = 2000)
    private String url;

    @Column(name = "EVENT_KINDS", nullable = false, length = 500)
    private String kinds;

    @Column(name = "FILTER_ITEM", length = 64)
    private String item;

    @Column(name = "FILTER_WORK_CENTER", length = 128)
    private String workCenter;

    @Column(name = "FILTER_PLANT", length = 64)
    private String plant;

    @Column(name = "SECRET", nullable = false, length = 200)
    private String secret;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "REMOVED_AT")
    private LocalDateTime removedAt;

    protected PartnerWebhookRow() {
    }

    PartnerWebhookRow(String id, WebhookRegistration.Checked checked, Instant now) {
        this.id = id;
        this.partner = checked.partner();
        this.url = checked.url().toString();
        this.kinds = checked.events().stream().map(EventKind::publicName).sorted().collect(Collectors.joining(","));
        this.item = checked.filter().item();
        this.workCenter = checked.filter().workCenter();
        this.plant = checked.filter().plant();
        this.secret = checked.secret();
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    String secret() {
        return secret;
    }

    boolean removed() {
        return removedAt != null;
    }

    void remove(Instant at) {
        removedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    PartnerWebhook toDomain() {
        Set<EventKind> events = EnumSet.noneOf(EventKind.class);
        Arrays.stream(kinds.split(",")).map(EventKind::named).forEach(k -> k.ifPresent(events::add));
        return new PartnerWebhook(id, partner, URI.create(url), events, new EventFilter(item, workCenter, plant),
                createdAt.toInstant(ZoneOffset.UTC));
    }
}
