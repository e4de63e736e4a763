package uk.hubreturns.devkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * DynamoDB Local stores tables with sqlite4java, which loads a native library from the folder named by
 * {@code sqlite4java.library.path}. The build copies those libraries into this jar; this puts the one for
 * this platform on disk, under the file name sqlite4java looks for, and points the property at it.
 */
final class SqliteNativeLibrary {

    static final String LIBRARY_PATH_PROPERTY = "sqlite4java.library.path";
    private static final String RESOURCE_FOLDER = "native/";

    private static boolean installed;

    private SqliteNativeLibrary() {
    }

    static synchronized void install() {
        if (installed || System.getProperty(LIBRARY_PATH_PROPERTY) != null) {
            installed = true;
            return;
        }
        String fileName = fileNameFor(System.getProperty("os.name"), System.getProperty("os.arch"));
        try (InputStream library = SqliteNativeLibrary.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (library == null) {
                throw new IllegalStateException("The devkit jar has no " + fileName + ": build it with Maven, which copies"
                        + " the sqlite4java native libraries into it (mvn -pl functions/devkit install).");
            }
            Path folder = Files.createTempDirectory("hub-returns-sqlite4java");
            Path file = folder.resolve(fileName);
            folder.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            Files.copy(library, file);
            System.setProperty(LIBRARY_PATH_PROPERTY, folder.toString());
            installed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the sqlite4java native library on disk for DynamoDB Local", e);
        }
    }

    static String fileNameFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x64 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (os.startsWith("linux") && x64) {
            return "libsqlite4java-linux-amd64.so";
        }
        if (os.startsWith("mac")) {
            return "libsqlite4java-osx.dylib";
        }
        if (os.startsWith("windows") && x64) {
            return "sqlite4java-win32-x64.dll";
        }
        throw new UnsupportedOperationException("DynamoDB Local has no sqlite4java library for " + osName + " on " + osArch
                + " in the devkit: add the matching com.almworks.sqlite4java artifact to functions/devkit/pom.xml.");
    }
}
