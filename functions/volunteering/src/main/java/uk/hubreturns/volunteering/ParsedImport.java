package uk.hubreturns.volunteering;

import java.util.List;

/** A spreadsheet whose every row is good, and the id that recognises the same rows uploaded again. */
record ParsedImport(String importId, List<EntryDetails> rows) {
}
