package uk.hubreturns.template;

/** A Java function's {@code Handler}: {@code package.Class::method}, the method defaulting to handleRequest. */
public record HandlerName(String className, String methodName) {

    public static final String DEFAULT_METHOD = "handleRequest";

    public static HandlerName parse(String handler) {
        int separator = handler.indexOf("::");
        if (separator < 0) {
            return new HandlerName(handler.trim(), DEFAULT_METHOD);
        }
        return new HandlerName(handler.substring(0, separator).trim(), handler.substring(separator + 2).trim());
    }

    @Override
    public String toString() {
        return className + "::" + methodName;
    }
}
