package uk.hubreturns.common.dynamodb;

/**
 * The version the Enhanced Client's {@code VersionedRecordExtension} stores on a successful put. The
 * extension writes it into the request, not into the Java object that was put, so repositories
 * work out what was stored from what they read.
 */
public final class StoredVersion {

    private StoredVersion() {
    }

    /** The version now stored after putting an item that carried {@code versionRead} (null: a new item). */
    public static long afterPut(Long versionRead) {
        return versionRead == null ? 1L : versionRead + 1L;
    }
}
