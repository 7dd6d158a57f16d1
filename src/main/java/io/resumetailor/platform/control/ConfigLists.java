package io.resumetailor.platform.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Comma-separated configuration values. Payara cannot inject {@code Optional<List<String>>}
 * into an EJB, so list-valued keys are read as one string and split here.
 */
public final class ConfigLists {

    private ConfigLists() {
    }

    public static List<String> split(Optional<String> value) {
        return value.map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
