package io.deliverygates.promotion;

/**
 * A promotion the environment order does not allow yet, e.g. the version has not succeeded in the previous
 * environment. The message says what is missing and can be shown as it is.
 */
public class PromotionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PromotionRefusedException(String message) {
        super(message);
    }
}
