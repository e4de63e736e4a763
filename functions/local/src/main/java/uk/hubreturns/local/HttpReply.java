package uk.hubreturns.local;

import java.util.List;
import java.util.Map;

/** A response ready to be written: whatever produced it (a function, the static site, a problem). */
record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {
}
