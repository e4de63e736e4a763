package uk.hubreturns.common.http;

import java.util.Map;

/** A handler's answer before it is serialised: a status, an optional JSON body, extra headers. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    public static ApiResponse created(Object body, String location) {
        return new ApiResponse(201, body, Map.of("Location", location));
    }

    /** A file to download, named for the user's downloads folder. */
    public static ApiResponse file(String contentType, String fileName, byte[] bytes) {
        return new ApiResponse(200, new FileBody(contentType, fileName, bytes),
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

    /** The same response with the record's version as its {@code ETag}, for a later {@code If-Match}. */
    public ApiResponse withETag(Long version) {
        if (version == null) {
            return this;
        }
        java.util.Map<String, String> withTag = new java.util.HashMap<>(headers);
        withTag.put("ETag", "\"" + version + "\"");
        return new ApiResponse(status, body, withTag);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }
}
