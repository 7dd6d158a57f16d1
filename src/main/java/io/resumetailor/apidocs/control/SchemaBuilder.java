package io.resumetailor.apidocs.control;

import io.resumetailor.platform.entity.CountryCode;
import io.resumetailor.platform.entity.HttpUrl;
import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Builds the OpenAPI schema of a request or response type from what JSON-B binds: a
 * record's components or a class's public fields, with the Bean Validation rules as
 * schema facets (required, lengths, patterns, formats, bounds). Payara's generator drops
 * record components and fields without constraints, so the API's schemas come from here.
 */
public final class SchemaBuilder {

    static final String MONTH_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])$";

    private SchemaBuilder() {
    }

    public static String name(Class<?> type) {
        return type.getSimpleName();
    }

    public static Schema ref(Class<?> type) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name(type));
    }

    public static Schema of(Class<?> type) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (Property property : properties(type)) {
            Schema propertySchema = forType(property.type());
            constrain(propertySchema, property.element());
            schema.addProperty(property.name(), propertySchema);
            if (isRequired(property.element())) {
                required.add(property.name());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    record Property(String name, Type type, AnnotatedElement element) {
    }

    static List<Property> properties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.add(new Property(component.getName(), component.getGenericType(), field(type, component.getName())));
            }
        } else {
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    properties.add(new Property(field.getName(), field.getGenericType(), field));
                }
            }
        }
        return properties;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static Schema forType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(forType(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(forType(arguments[1]));
            }
            return forType(raw);
        }
        Class<?> raw = (Class<?>) type;
        if (jakarta.json.JsonValue.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().description("any JSON value");
        }
        if (raw == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (raw == UUID.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uuid");
        }
        if (raw == java.time.LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (raw == OffsetDateTime.class || raw == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        return ref(raw);
    }

    static boolean isRequired(AnnotatedElement element) {
        return element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
    }

    static void constrain(Schema schema, AnnotatedElement element) {
        boolean array = schema.getType() == Schema.SchemaType.ARRAY;
        if (element.isAnnotationPresent(NotBlank.class)) {
            schema.minLength(1).pattern("\\S");
        }
        Size size = element.getAnnotation(Size.class);
        if (size != null) {
            if (array) {
                schema.minItems(size.min() > 0 ? size.min() : null)
                        .maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
            } else {
                if (size.min() > 0) {
                    schema.minLength(size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    schema.maxLength(size.max());
                }
            }
        }
        Pattern pattern = element.getAnnotation(Pattern.class);
        if (pattern != null) {
            schema.pattern("^(" + pattern.regexp() + ")$");
        }
        if (element.isAnnotationPresent(YearMonthText.class)) {
            schema.pattern(MONTH_PATTERN);
        }
        if (element.isAnnotationPresent(CountryCode.class)) {
            schema.pattern("^[A-Z]{2}$").description("ISO 3166-1 alpha-2 country code");
        }
        if (element.isAnnotationPresent(Email.class)) {
            schema.format("email");
        }
        if (element.isAnnotationPresent(HttpUrl.class)) {
            schema.format("uri").description("http or https URL");
        }
        Min min = element.getAnnotation(Min.class);
        if (min != null) {
            schema.minimum(BigDecimal.valueOf(min.value()));
        }
        Max max = element.getAnnotation(Max.class);
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max.value()));
        }
    }
}
