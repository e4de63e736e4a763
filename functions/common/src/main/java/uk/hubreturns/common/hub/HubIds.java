package uk.hubreturns.common.hub;

import java.util.regex.Pattern;

/** Hub ids are lower-case slugs such as {@code north-banbury}: safe in URLs and in table keys. */
public final class HubIds {

    public static final int MAX_LENGTH = 40;
    /** What the county-wide returns and their download files are named by, so never a hub's id. */
    public static final String COUNTY = "county";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private HubIds() {
    }

    public static boolean isValid(String hubId) {
        return hubId != null && hubId.length() <= MAX_LENGTH && SLUG.matcher(hubId).matches();
    }

    public static String describeRule() {
        return "must be a lower-case slug of letters, digits and single hyphens, at most " + MAX_LENGTH + " characters";
    }
}
