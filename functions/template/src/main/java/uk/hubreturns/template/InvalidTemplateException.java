package uk.hubreturns.template;

/** template.yaml says something this model cannot read; the message names the place and what to change. */
public final class InvalidTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTemplateException(String message) {
        super(message);
    }

    public InvalidTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
