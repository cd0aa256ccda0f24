package io.newsclean.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Reads the version that the build wrote from the pom, so it is written in one place: in the jar's
 * manifest, which the JVM has read already when it runs the jar, or else (classes run from a
 * folder, as the tests do) in a resource file.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    private static final String RESOURCE = "/io/newsclean/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    /** What {@code --version} prints. */
    static String line() {
        // concat rather than +: the first string concatenation links a call site, at a cost
        // that --version, answered before anything else, would notice
        return "newsclean ".concat(version());
    }

    static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            // a resource would be read through a URL connection to the jar: a dozen classes more for --version
            return fromManifest;
        }
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through to the unknown version below: --version must not fail.
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "(unknown version)" : version;
    }
}
