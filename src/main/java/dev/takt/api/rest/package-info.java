/**
 * Takt's plain-HTTP endpoints (those that are not GraphQL). For now only the sandbox's event drill
 * ({@link dev.takt.api.rest.SandboxEventServlet}), which exists only while the sandbox is enabled.
 */
package dev.takt.api.rest;
