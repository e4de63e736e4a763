package uk.hubreturns.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqliteNativeLibraryTest {

    @Test
    void namesTheLibraryTheWaySqlite4javaLooksForIt() {
        assertThat(SqliteNativeLibrary.fileNameFor("Linux", "amd64")).isEqualTo("libsqlite4java-linux-amd64.so");
        assertThat(SqliteNativeLibrary.fileNameFor("Mac OS X", "aarch64")).isEqualTo("libsqlite4java-osx.dylib");
        assertThat(SqliteNativeLibrary.fileNameFor("Windows 11", "amd64")).isEqualTo("sqlite4java-win32-x64.dll");
    }

    @Test
    void saysWhatToAddForAPlatformItDoesNotCarry() {
        assertThatThrownBy(() -> SqliteNativeLibrary.fileNameFor("Linux", "aarch64"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("functions/devkit/pom.xml");
    }

    @Test
    void theBuildPutsEveryLibraryInTheJar() {
        for (String library : new String[] {"libsqlite4java-linux-amd64.so", "libsqlite4java-osx.dylib", "sqlite4java-win32-x64.dll"}) {
            assertThat(SqliteNativeLibrary.class.getResource("native/" + library)).as(library).isNotNull();
        }
    }
}
