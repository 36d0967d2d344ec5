package dev.retort.hibernate;

import dev.retort.RetortException;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;

/**
 * The {@code @RenamedFrom} hints of the mapped classes, named as Hibernate maps them: on an entity class,
 * the former names of the entity's own table; on a field or getter (of the entity, its mapped superclasses or
 * an embeddable it embeds), the former names of the one column the property maps to, in the table that column
 * is in (a secondary table's, a joined subclass's). The annotation is found by its name, not its class, so an
 * application whose class loader holds its own copy of {@code retort-annotations} is read all the same.
 * Names a Hibernate type; used only from {@link HibernateScript}. Stateless.
 */
final class EntityRenames {

    static final String ANNOTATION = "dev.retort.annotations.RenamedFrom";
    private static final String CONTAINER = ANNOTATION + "$List";

    private EntityRenames() {
    }

    static RenameHints of(Metadata metadata) {
        RenameHints hints = RenameHints.NONE;
        try {
            for (PersistentClass entity : metadata.getEntityBindings()) {
                hints = entity(entity, hints);
            }
            return hints;
        } catch (IllegalArgumentException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "the entities' @RenamedFrom do not agree: "
                    + e.getMessage());
        }
    }

    private static RenameHints entity(PersistentClass entity, RenameHints hints) {
        Class<?> type = entity.getMappedClass();
        List<String> tableNames = formerNames(type);
        RenameHints more = hints;
        if (!tableNames.isEmpty()) {
            if (entity.getSuperclass() != null && entity.getSuperclass().getTable() == entity.getTable()) {
                throw refused(type.getName(), "shares its table with " + entity.getSuperclass().getMappedClass().getName()
                        + " (single-table inheritance); put @RenamedFrom on the class that owns the table");
            }
            Table table = entity.getTable();
            more = more.withTable(name(table), tableNames.stream().map(old -> new QualifiedName(table.getSchema(), old)).toList());
        }
        List<Property> properties = new ArrayList<>();
        if (entity.getIdentifierProperty() != null) {
            properties.add(entity.getIdentifierProperty());
        }
        // only the properties this class declares: a superclass entity's are read with it
        properties.addAll(entity.getProperties());
        entity.getJoins().forEach(join -> properties.addAll(join.getProperties()));
        for (Property property : properties) {
            more = property(type, property, more);
        }
        return more;
    }

    private static RenameHints property(Class<?> owner, Property property, RenameHints hints) {
        if (property.getValue() instanceof Component component && component.getComponentClass() != null
                && !component.getComponentClass().equals(owner)) {
            RenameHints more = hints;
            for (Property part : component.getProperties()) {
                more = property(component.getComponentClass(), part, more);
            }
            return more;
        }
        AnnotatedElement member = member(owner, property.getName());
        List<String> columnNames = member == null ? List.of() : formerNames(member);
        if (columnNames.isEmpty()) {
            return hints;
        }
        if (property.getColumns().size() != 1) {
            throw refused(owner.getName() + "." + property.getName(), "maps to " + property.getColumns().size()
                    + " columns, and @RenamedFrom renames one; put it on the fields of the embeddable or key instead");
        }
        return hints.withColumn(name(property.getValue().getTable()), property.getColumns().get(0).getName(), columnNames);
    }

    private static QualifiedName name(Table table) {
        return new QualifiedName(table.getSchema(), table.getName());
    }

    /** The field of that name in the class or a superclass, else its getter; null when neither is found. */
    private static AnnotatedElement member(Class<?> owner, String property) {
        String capitalised = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(property)) {
                    return field;
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.getParameterCount() == 0
                        && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised))) {
                    return method;
                }
            }
        }
        return null;
    }

    /** The names of every {@code @RenamedFrom} on the element, repeated ones included. */
    private static List<String> formerNames(AnnotatedElement element) {
        List<String> names = new ArrayList<>();
        for (Annotation annotation : element.getAnnotations()) {
            String type = annotation.annotationType().getName();
            if (type.equals(ANNOTATION)) {
                names.addAll(List.of((String[]) value(annotation)));
            } else if (type.equals(CONTAINER)) {
                for (Annotation each : (Annotation[]) value(annotation)) {
                    names.addAll(List.of((String[]) value(each)));
                }
            }
        }
        return names;
    }

    private static Object value(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            value.setAccessible(true);
            return value.invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + annotation + ": " + e, e);
        }
    }

    private static RetortException refused(String where, String problem) {
        return new RetortException(RetortException.Kind.CONFIGURATION, "@RenamedFrom on " + where + " " + problem);
    }
}
