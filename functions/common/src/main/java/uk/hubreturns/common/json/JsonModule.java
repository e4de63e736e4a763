package uk.hubreturns.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.api.ValueWriter;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import dagger.Module;
import dagger.Provides;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import javax.inject.Singleton;

/**
 * The functions' JSON: jackson-jr over jackson-core, which writes the API's records (in declaration order, nulls
 * included, dates as ISO 8601 text) and reads the returns stored as JSON, without Jackson databind's 1.7 MB and its
 * introspection at every cold start. Request bodies are read by {@link JsonInput}.
 */
@Module
public final class JsonModule {

    private static final JSON JSON_CODEC = JSON.builder()
            .register(new JavaTimeAsText())
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .enable(JSON.Feature.WRITE_RECORD_FIELDS_IN_DECLARATION_ORDER)
            .enable(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JSON.Feature.FAIL_ON_UNKNOWN_TYPE_WRITE)
            .disable(JSON.Feature.WRITE_DATES_AS_TIMESTAMP)
            .build();

    private JsonModule() {
    }

    @Provides
    public static JSON json() {
        return JSON_CODEC;
    }

    /** {@link LocalDate} as {@code 2026-04-01} and {@link Instant} as {@code 2026-04-01T09:30:00Z}, both ways. */
    private static final class JavaTimeAsText extends JacksonJrExtension {

        @Override
        protected void register(ExtensionContext context) {
            context.appendProvider(new ReaderWriterProvider() {
                @Override
                public ValueWriter findValueWriter(JSONWriter writer, Class<?> type) {
                    return type == LocalDate.class || type == Instant.class ? new AsText(type) : null;
                }

                @Override
                public ValueReader findValueReader(JSONReader reader, Class<?> type) {
                    if (type == LocalDate.class) {
                        return new FromText(LocalDate.class);
                    }
                    return type == Instant.class ? new FromText(Instant.class) : null;
                }
            });
        }
    }

    private record AsText(Class<?> valueType) implements ValueWriter {

        @Override
        public void writeValue(JSONWriter context, JsonGenerator generator, Object value) throws IOException {
            generator.writeString(value.toString());
        }
    }

    private static final class FromText extends ValueReader {

        FromText(Class<?> type) {
            super(type);
        }

        @Override
        public Object read(JSONReader reader, JsonParser parser) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return null;
            }
            return _valueType == LocalDate.class ? LocalDate.parse(text) : Instant.parse(text);
        }
    }
}
