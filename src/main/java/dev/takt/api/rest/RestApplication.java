package dev.takt.api.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Takt's plain HTTP endpoints live under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
