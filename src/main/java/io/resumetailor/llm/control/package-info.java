/** Provider engines (OpenAI, Gemini, the built-in offline engine), HTTP with retries, the circuit breaker, prices. */
package io.resumetailor.llm.control;
