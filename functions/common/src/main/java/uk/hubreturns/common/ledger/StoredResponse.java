package uk.hubreturns.common.ledger;

import java.util.Map;

/** A response as it was first sent, kept to answer a repeat of the same request. */
public record StoredResponse(int status, Map<String, String> headers, String body, boolean base64Encoded) {

    public StoredResponse {
        headers = Map.copyOf(headers);
    }
}
