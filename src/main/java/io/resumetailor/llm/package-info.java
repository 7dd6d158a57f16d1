/**
 * LLM providers: the OpenAI and Gemini engines behind one port, platform and
 * bring-your-own-key modes, and the key metadata ({@code llm_keys}) users keep.
 */
package io.resumetailor.llm;
