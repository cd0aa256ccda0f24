package io.newsclean.input;

/** An input that cannot be cleaned. The message is one line, fit to show a user as it is. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An input failure.
     *
     * @param message what went wrong, in one line
     */
    public InputException(String message) {
        super(message);
    }
}
