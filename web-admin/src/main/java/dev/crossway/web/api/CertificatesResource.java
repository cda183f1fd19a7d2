package dev.crossway.web.api;

import dev.crossway.web.api.dto.CertificateDto;
import dev.crossway.web.certificates.CertificateInventory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/admin/certificates}: every certificate the installation uses or trusts, with its state. */
@Path("/admin/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @Inject
    CertificateInventory inventory;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<CertificateDto> list() {
        return inventory.list().stream().map(CertificateDto::of).toList();
    }
}
