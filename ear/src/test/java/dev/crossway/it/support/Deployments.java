package dev.crossway.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build made it: tests deploy what users deploy. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive crossway() {
        File ear = new File(System.getProperty("crossway.ear", "target/crossway.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
