package io.resumetailor.platform.boundary;

import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON a Java request type can be bound from: which JSON value types each field
 * accepts, down through records, classes with public fields, lists and maps. Anything
 * the application does not declare (a {@code JsonValue} field, an unknown member) accepts
 * every JSON value. Shapes are built once per type.
 */
final class JsonShape {

    private static final Map<Type, JsonShape> KNOWN = new ConcurrentHashMap<>();
    private static final JsonShape ANY = new JsonShape(EnumSet.allOf(JsonValue.ValueType.class), "any JSON value", null, null, Map.of());
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, short.class, byte.class, double.class,
            float.class, Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class,
            BigInteger.class, Number.class);

    private final Set<JsonValue.ValueType> accepted;
    private final String description;
    private final Type elementType;
    private final Type valueType;
    private final Map<String, Type> members;

    private JsonShape(Set<JsonValue.ValueType> accepted, String description, Type elementType, Type valueType,
                      Map<String, Type> members) {
        this.accepted = accepted;
        this.description = description;
        this.elementType = elementType;
        this.valueType = valueType;
        this.members = members;
    }

    static JsonShape of(Type type) {
        if (type == null) {
            return ANY;
        }
        JsonShape known = KNOWN.get(type);
        if (known == null) {
            known = build(type);
            KNOWN.put(type, known);
        }
        return known;
    }

    boolean accepts(JsonValue.ValueType type) {
        return accepted.contains(type);
    }

    String description() {
        return description;
    }

    JsonShape element() {
        return elementType == null ? ANY : of(elementType);
    }

    JsonShape member(String name) {
        if (valueType != null) {
            return of(valueType);
        }
        Type member = members.get(name);
        return member == null ? ANY : of(member);
    }

    private static JsonShape build(Type type) {
        if (type instanceof GenericArrayType array) {
            return list(array.getGenericComponentType());
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return ANY;
        }
        if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum() || raw == UUID.class
                || Temporal.class.isAssignableFrom(raw)) {
            return new JsonShape(EnumSet.of(JsonValue.ValueType.STRING), "a string", null, null, Map.of());
        }
        if (NUMBERS.contains(raw)) {
            return new JsonShape(EnumSet.of(JsonValue.ValueType.NUMBER), "a number", null, null, Map.of());
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new JsonShape(EnumSet.of(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE), "true or false", null, null, Map.of());
        }
        if (raw.isArray()) {
            return list(raw.getComponentType());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return list(argument(type, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return new JsonShape(EnumSet.of(JsonValue.ValueType.OBJECT), "an object", null, argument(type, 1), Map.of());
        }
        if (!raw.getName().startsWith("io.resumetailor.")) {
            return ANY;
        }
        Map<String, Type> members = new HashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                members.put(component.getName(), component.getGenericType());
            }
        } else {
            for (Field field : raw.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    members.put(field.getName(), field.getGenericType());
                }
            }
        }
        return new JsonShape(EnumSet.of(JsonValue.ValueType.OBJECT), "an object", null, null, Map.copyOf(members));
    }

    private static JsonShape list(Type element) {
        return new JsonShape(EnumSet.of(JsonValue.ValueType.ARRAY), "an array", element, null, Map.of());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index
                ? parameterized.getActualTypeArguments()[index] : null;
    }
}
