package uk.hubreturns.common.http;

/** A download: bytes sent base64-encoded, as API Gateway requires for binary bodies, with their own media type. */
public record FileBody(String contentType, String fileName, byte[] bytes) {
}
