package io.newsclean.input;

/** An input that cannot be cleaned. The message is one line, fit to show a user as it is. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
