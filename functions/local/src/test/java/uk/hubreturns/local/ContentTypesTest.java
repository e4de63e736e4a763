package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void treatsTextJsonFormsAndXmlAsText() {
        assertThat(ContentTypes.isTextual("application/json")).isTrue();
        assertThat(ContentTypes.isTextual("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(ContentTypes.isTextual("application/merge-patch+json")).isTrue();
        assertThat(ContentTypes.isTextual("text/csv")).isTrue();
        assertThat(ContentTypes.isTextual("application/x-www-form-urlencoded")).isTrue();
        assertThat(ContentTypes.isTextual("application/xml")).isTrue();
    }

    @Test
    void treatsEverythingElseAsBinary() {
        assertThat(ContentTypes.isTextual("image/png")).isFalse();
        assertThat(ContentTypes.isTextual("application/pdf")).isFalse();
        assertThat(ContentTypes.isTextual("multipart/form-data; boundary=x")).isFalse();
        assertThat(ContentTypes.isTextual(null)).isFalse();
    }

    @Test
    void servesFilesWithTheTypeTheirExtensionSays() {
        assertThat(ContentTypes.forFileName("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(ContentTypes.forFileName("app.MJS")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(ContentTypes.forFileName("site.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(ContentTypes.forFileName("logo.svg")).isEqualTo("image/svg+xml");
        assertThat(ContentTypes.forFileName("font.woff2")).isEqualTo("font/woff2");
        assertThat(ContentTypes.forFileName("return.pdf")).isEqualTo("application/pdf");
        assertThat(ContentTypes.forFileName("export.csv")).isEqualTo("text/csv; charset=utf-8");
        assertThat(ContentTypes.forFileName("favicon.ico")).isEqualTo("image/x-icon");
        assertThat(ContentTypes.forFileName("data.json")).isEqualTo("application/json");
        assertThat(ContentTypes.forFileName("logo.png")).isEqualTo("image/png");
        assertThat(ContentTypes.forFileName("README")).isEqualTo("application/octet-stream");
    }
}
