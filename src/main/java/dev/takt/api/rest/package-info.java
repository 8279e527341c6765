/**
 * Plain HTTP endpoints (JAX-RS under {@code /api}): the intake of Odoo's automation-rule webhooks
 * ({@link dev.takt.api.rest.OdooWebhookResource}), and the sandbox's event drill
 * ({@link dev.takt.api.rest.SandboxEventServlet}), which exists only while the sandbox is enabled. Thin like the GraphQL layer: it checks the caller and the payload
 * and hands over to {@code dev.takt.sync}; it knows Odoo's model names only through the change-feed port.
 */
package dev.takt.api.rest;
