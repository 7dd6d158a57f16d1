package io.resumetailor.platform.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A month as {@code YYYY-MM} (01 to 12), the seed's {@code DateMonthSchema}. Null is valid. */
@Documented
@Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface YearMonthText {

    String message() default "must be YYYY-MM format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
