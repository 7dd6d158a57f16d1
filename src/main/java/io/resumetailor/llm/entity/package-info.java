/** Model requests and replies, credentials, failures, and the {@code llm_keys} entity. */
package io.resumetailor.llm.entity;
