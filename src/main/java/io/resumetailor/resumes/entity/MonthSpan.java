package io.resumetailor.resumes.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** Something that runs from a start month to an optional end month, both {@code YYYY-MM}. */
public interface MonthSpan {

    String startDate();

    String endDate();

    /** The end month is not before the start month; reported on {@code endDate}. Malformed months are left to their format rule. */
    @Documented
    @Constraint(validatedBy = Chronological.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Chronological {

        String message() default "must not be before startDate";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Chronological, MonthSpan> {

            private static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");

            @Override
            public boolean isValid(MonthSpan span, ConstraintValidatorContext context) {
                if (span == null || isChronological(span.startDate(), span.endDate())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("endDate").addConstraintViolation();
                return false;
            }

            static boolean isChronological(String start, String end) {
                if (start == null || end == null || !MONTH.matcher(start).matches() || !MONTH.matcher(end).matches()) {
                    return true;
                }
                return start.compareTo(end) <= 0;
            }
        }
    }
}
