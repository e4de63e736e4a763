package uk.hubreturns.common.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids of the records the API creates (meetings, their actions, volunteer entries, agreements): random lower-case UUIDs. */
public final class RecordIds {

    public static final Pattern FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RecordIds() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }

    /** Whether {@code id} could be one this API made; anything else names no record, so it is not looked up. */
    public static boolean isWellFormed(String id) {
        return id != null && FORM.matcher(id).matches();
    }
}
