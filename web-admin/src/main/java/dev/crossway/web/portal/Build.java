package dev.crossway.web.portal;

import dev.crossway.interop.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The build the portal runs, for its footer. */
@Named
@ApplicationScoped
public class Build {

    public String getVersion() {
        return Version.current();
    }
}
