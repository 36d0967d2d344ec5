package dev.retort.hibernate;

import dev.retort.schema.Schema;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a {@link Schema} to the model cache and reads it back. The schema model is records all the way down
 * (with lists, sorted maps, enums, strings and numbers), so the codec walks record components rather than
 * naming each type: a new component needs no change here, and a cache written by another version of Retort
 * simply fails to read (its key also names Retort's jar) and is made again. Only classes of
 * {@code dev.retort.schema} are ever created from a file. Stateless.
 */
final class SchemaCodec {

    private static final String PACKAGE = Schema.class.getPackageName() + ".";

    /**
     * What reading and writing a record type needs, looked up once per type: a cached schema of 89 tables holds
     * thousands of records, and a fresh JVM (every command-line run) spent most of a cache hit in
     * {@code getRecordComponents}, {@code getDeclaredConstructor} and {@code Class.forName}, per record.
     */
    private record Shape(Class<?> type, Method[] accessors, Constructor<?> constructor) {

        private static final ClassValue<Shape> OF = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                RecordComponent[] components = type.getRecordComponents();
                if (components == null) {
                    return new Shape(type, null, null);
                }
                Method[] accessors = new Method[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                    types[i] = components[i].getType();
                }
                try {
                    Constructor<?> constructor = type.getDeclaredConstructor(types);
                    constructor.setAccessible(true);
                    return new Shape(type, accessors, constructor);
                } catch (NoSuchMethodException e) {
                    return new Shape(type, accessors, null);
                }
            }
        };
    }

    private SchemaCodec() {
    }

    static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('N');
        } else if (value instanceof String text) {
            out.writeByte('S');
            writeString(out, text);
        } else if (value instanceof Integer number) {
            out.writeByte('I');
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte('J');
            out.writeLong(number);
        } else if (value instanceof Boolean flag) {
            out.writeByte('Z');
            out.writeBoolean(flag);
        } else if (value instanceof Enum<?> constant) {
            out.writeByte('E');
            writeString(out, constant.getDeclaringClass().getName());
            writeString(out, constant.name());
        } else if (value instanceof List<?> list) {
            out.writeByte('L');
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(value instanceof SortedMap<?, ?> ? 'T' : 'M');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, entry.getKey());
                write(out, entry.getValue());
            }
        } else if (value instanceof Record record) {
            out.writeByte('R');
            writeString(out, record.getClass().getName());
            Method[] accessors = Shape.OF.get(record.getClass()).accessors();
            out.writeInt(accessors.length);
            for (Method accessor : accessors) {
                try {
                    write(out, accessor.invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IOException("cannot read " + accessor + ": " + e, e);
                }
            }
        } else {
            throw new IOException("the schema holds a " + value.getClass().getName() + ", which the cache does not keep");
        }
    }

    static Object read(DataInputStream in) throws IOException {
        return read(in, new HashMap<>());
    }

    /** {@code shapes}: the record types met so far in this file, by the name it gives them. */
    private static Object read(DataInputStream in, Map<String, Shape> shapes) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 'N':
                return null;
            case 'S':
                return readString(in);
            case 'I':
                return in.readInt();
            case 'J':
                return in.readLong();
            case 'Z':
                return in.readBoolean();
            case 'E':
                return constant(schemaClass(readString(in)), readString(in));
            case 'L': {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in, shapes));
                }
                return list;
            }
            case 'T':
            case 'M': {
                int size = in.readInt();
                Map<Object, Object> map = tag == 'T' ? new TreeMap<>() : new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(read(in, shapes), read(in, shapes));
                }
                return map;
            }
            case 'R':
                return record(in, shapes);
            default:
                throw new IOException("not a cached schema (tag " + tag + ")");
        }
    }

    private static Object record(DataInputStream in, Map<String, Shape> shapes) throws IOException {
        String name = readString(in);
        Shape shape = shapes.get(name);
        if (shape == null) {
            shape = Shape.OF.get(schemaClass(name));
            shapes.put(name, shape);
        }
        if (shape.accessors() == null || shape.constructor() == null || shape.accessors().length != in.readInt()) {
            throw new IOException(shape.type().getName() + " has changed since the cache was written");
        }
        Object[] values = new Object[shape.accessors().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(in, shapes);
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("cannot make a " + shape.type().getName() + " from the cache: " + e, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, String name) throws IOException {
        if (!type.isEnum()) {
            throw new IOException(type.getName() + " is not an enum");
        }
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException(type.getName() + " has no " + name, e);
        }
    }

    private static Class<?> schemaClass(String name) throws IOException {
        if (!name.startsWith(PACKAGE)) {
            throw new IOException("the cache names " + name + ", which is not a class of the schema model");
        }
        try {
            return Class.forName(name, false, Schema.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("no class " + name, e);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("not a cached schema (a string of " + length + " bytes)");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
