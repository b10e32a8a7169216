package org.headshots.node.infrastructure.pack;

import java.io.IOException;
import java.nio.file.Path;

/** Gets the tarball of an npm package. */
public interface PackageFetcher {

    /**
     * Puts the tarball of {@code packageName@version} into the empty folder {@code into}.
     *
     * @return the tarball's path
     * @throws PackInstallException when the package cannot be fetched, saying what to do
     */
    Path fetch(String packageName, String version, Path into) throws IOException;
}
