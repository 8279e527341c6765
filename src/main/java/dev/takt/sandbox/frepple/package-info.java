/**
 * The frePPLe sandbox: an in-memory, protocol-faithful frePPLe 7.3 REST API for Takt's tests, demos and first run,
 * served at {@code /sandbox/frepple} ({@link dev.takt.sandbox.frepple.FreppleSandboxServlet}).
 *
 * <p>Owns: the REST entities and their fields as frePPLe's serializers write them
 * ({@code FreppleSchema}), an in-memory store with frePPLe's keys, ordering and cascades ({@code FreppleStore}),
 * the value forms and validation messages ({@code FreppleValues}), list filters ({@code FreppleFilters}), the
 * create/upsert/update/delete semantics of the list and detail URLs ({@code FreppleRest}), authentication by Basic
 * and JWT ({@code FreppleAuth}), the task API with a simple deterministic netting in place of frePPLe's solver
 * ({@code FreppleEngine}), a seed modelled on the {@code manufacturing_demo} fixture ({@code FreppleSeed}), fault
 * injection and a call log ({@link dev.takt.sandbox.frepple.FreppleFaults},
 * {@link dev.takt.sandbox.frepple.FreppleCallLog}); all behind a container-free entry point,
 * {@link dev.takt.sandbox.frepple.FreppleSandbox#handle}.
 *
 * <p>Must not know: Takt's domain ({@code dev.takt.domain}), its connectors ({@code dev.takt.odoo},
 * {@code dev.takt.planning}) or its API ({@code dev.takt.api}). It plays frePPLe, speaks only frePPLe's language and
 * reads nothing from Takt but its configuration keys. Its behaviour comes from exchanges recorded with a real
 * frePPLe 7.3 ({@code shared/frepple-recorded}), not from frePPLe's code.
 */
package dev.takt.sandbox.frepple;
