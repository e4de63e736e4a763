package uk.hubreturns.agreements;

import java.util.regex.Pattern;

/** Measure ids are lower-case slugs such as {@code families-supported}: they are keys of a quarter's values. */
final class MeasureIds {

    static final int MAX_LENGTH = 40;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final String RULE = "must be a lower-case slug of letters, digits and single hyphens (such as families-supported), "
            + "at most " + MAX_LENGTH + " characters";

    private MeasureIds() {
    }

    static boolean isValid(String measureId) {
        return measureId != null && measureId.length() <= MAX_LENGTH && SLUG.matcher(measureId).matches();
    }
}
