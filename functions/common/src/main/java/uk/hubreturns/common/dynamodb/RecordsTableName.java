package uk.hubreturns.common.dynamodb;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import javax.inject.Qualifier;

/** The name of the single table that holds every record (template.yaml's {@code RecordsTable}). */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordsTableName {
}
