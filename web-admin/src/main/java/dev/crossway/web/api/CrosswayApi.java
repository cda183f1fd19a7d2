package dev.crossway.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The partner-facing JSON API, in the shape of the Redox data models. */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.ADMIN, Roles.PARTNER, Roles.AUDITOR})
public class CrosswayApi extends Application {
}
