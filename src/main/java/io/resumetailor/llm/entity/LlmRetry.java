package io.resumetailor.llm.entity;

/**
 * Thrown by whoever handles a model's answer when it does not validate: the gateway asks
 * the model once more, telling it what was wrong ({@link #feedback()}), then gives up.
 */
public class LlmRetry extends RuntimeException {

    private final String feedback;

    public LlmRetry(String feedback) {
        super(feedback, null, false, false);
        this.feedback = feedback;
    }

    public String feedback() {
        return feedback;
    }
}
