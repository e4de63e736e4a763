package uk.hubreturns.volunteering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet whose every row is good, and the id that recognises the same rows uploaded again: a SHA-256 of the rows
 * as read, not of the bytes, so that the same rows saved again (with or without a byte-order mark, CRLF or LF, quoted or
 * not, columns or rows in another order) are the same upload. The rows are kept in that canonical order, which numbers
 * them for their ids.
 *
 * <p>{@code inFileOrder}: the same rows as the file lists them, with the id that imports were known by before rows in
 * another order counted as the same upload (empty where the two are the same), so that a file imported then is still
 * recognised.
 */
record ParsedImport(String importId, List<EntryDetails> rows, Optional<ParsedImport> inFileOrder) {

    static ParsedImport of(List<EntryDetails> rowsAsRead) {
        List<CanonicalRow> asRead = rowsAsRead.stream().map(row -> new CanonicalRow(canonical(row), row)).toList();
        List<CanonicalRow> sorted = asRead.stream().sorted(Comparator.comparing(CanonicalRow::text)).toList();
        String importId = idOf(sorted);
        String fileOrderId = idOf(asRead);
        Optional<ParsedImport> inFileOrder = fileOrderId.equals(importId) ? Optional.empty()
                : Optional.of(new ParsedImport(fileOrderId, List.copyOf(rowsAsRead), Optional.empty()));
        return new ParsedImport(importId, sorted.stream().map(CanonicalRow::row).toList(), inFileOrder);
    }

    private record CanonicalRow(String text, EntryDetails row) {
    }

    private static String canonical(EntryDetails row) {
        return row.volunteerRef() + '\u001f' + row.date() + '\u001f' + row.minutes() + '\u001f'
                + row.activity().name() + '\u001f' + (row.note() == null ? "" : row.note()) + '\u001e';
    }

    private static String idOf(List<CanonicalRow> rows) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        digest.update("volunteer-hours-v1\n".getBytes(StandardCharsets.UTF_8));
        for (CanonicalRow row : rows) {
            digest.update(row.text().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
