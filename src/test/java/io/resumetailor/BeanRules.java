package io.resumetailor;

import jakarta.validation.ConstraintViolation;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Bean Validation outside the container (Hibernate Validator, as Payara runs it). */
public final class BeanRules {

    private static final ValidatorFactory FACTORY = jakarta.validation.Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BeanRules() {
    }

    /** The property paths of every violation, sorted: {@code experience[0].startDate}. */
    public static Set<String> invalidPaths(Object bean) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
