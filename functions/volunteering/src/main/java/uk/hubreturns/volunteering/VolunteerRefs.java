package uk.hubreturns.volunteering;

import java.util.regex.Pattern;

/**
 * A volunteer reference is the pseudonym a hub already gives each volunteer, such as {@code V-0012}.
 * The system never stores volunteers' names, so a reference may only be letters, digits and hyphens.
 */
public final class VolunteerRefs {

    public static final int MAX_LENGTH = 40;
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9-]{1," + MAX_LENGTH + "}");

    static final String RULE = "must be the volunteer's reference (such as V-0012), never their name: "
            + "1 to " + MAX_LENGTH + " letters, digits or hyphens";

    private VolunteerRefs() {
    }

    public static boolean isValid(String ref) {
        return ref != null && REF.matcher(ref).matches();
    }
}
