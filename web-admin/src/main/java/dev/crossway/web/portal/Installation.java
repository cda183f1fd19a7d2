package dev.crossway.web.portal;

import dev.crossway.interop.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What every portal page says about the installation itself: the release it runs (the footer). */
@Named
@ApplicationScoped
public class Installation {

    /** The build's version, e.g. {@code 1.2.0} for a release, {@code 0.1.0-SNAPSHOT} for a developer's build. */
    public String getVersion() {
        return Version.current();
    }
}
