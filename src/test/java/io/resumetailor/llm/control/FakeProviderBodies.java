package io.resumetailor.llm.control;

/** Response bodies shaped exactly like OpenAI's and Gemini's, success and errors. */
final class FakeProviderBodies {

    private FakeProviderBodies() {
    }

    static String openAiCompletion(String contentJson, int promptTokens, int completionTokens) {
        return """
                {"id":"chatcmpl-AbC123","object":"chat.completion","created":1764100000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null,"annotations":[]},
                   "logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d,
                   "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},
                   "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},
                 "service_tier":"default","system_fingerprint":"fp_0123456789"}"""
                .formatted(jsonString(contentJson), promptTokens, completionTokens, promptTokens + completionTokens);
    }

    static final String OPENAI_INVALID_KEY = """
            {"error":{"message":"Incorrect API key provided: sk-test***xyz9. You can find your API key at https://platform.openai.com/account/api-keys.",
             "type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""";

    static final String OPENAI_RATE_LIMIT = """
            {"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.",
             "type":"requests","param":null,"code":"rate_limit_exceeded"}}""";

    static final String OPENAI_SERVER_ERROR = """
            {"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}""";

    static final String OPENAI_NO_JSON_SCHEMA = """
            {"error":{"message":"Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
             "type":"invalid_request_error","param":"response_format","code":null}}""";

    static String geminiContent(String contentJson, int promptTokens, int candidateTokens, String finishReason) {
        return """
                {"candidates":[{"content":{"parts":[{"text":%s}],"role":"model"},"finishReason":"%s","avgLogprobs":-0.0123}],
                 "usageMetadata":{"promptTokenCount":%d,"candidatesTokenCount":%d,"totalTokenCount":%d,
                   "promptTokensDetails":[{"modality":"TEXT","tokenCount":%d}],"candidatesTokensDetails":[{"modality":"TEXT","tokenCount":%d}]},
                 "modelVersion":"gemini-2.0-flash","responseId":"xYz123"}"""
                .formatted(jsonString(contentJson), finishReason, promptTokens, candidateTokens, promptTokens + candidateTokens,
                        promptTokens, candidateTokens);
    }

    static final String GEMINI_INVALID_KEY = """
            {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT",
             "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com",
               "metadata":{"service":"generativelanguage.googleapis.com"}}]}}""";

    static final String GEMINI_RESOURCE_EXHAUSTED = """
            {"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}""";

    static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
