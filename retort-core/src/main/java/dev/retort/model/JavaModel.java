package dev.retort.model;

import dev.retort.RetortException;
import dev.retort.schema.Schema;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads a {@link SchemaModel} class from a class path and asks it for its schema. Stateless. */
public final class JavaModel {

    private JavaModel() {
    }

    /**
     * Loads a {@link SchemaModel} class and builds its schema.
     *
     * @param className the model class
     * @param classpath directories and jars to load it from (empty: the given parent loader alone)
     * @param parent    the loader that already has Retort's classes
     * @return the schema the model's {@code schema()} built
     * @throws dev.retort.RetortException of kind CONFIGURATION when the class cannot be loaded or is no
     *     {@link SchemaModel}
     */
    public static Schema load(String className, List<Path> classpath, ClassLoader parent) {
        try (URLClassLoader loader = classLoader(classpath, parent)) {
            Class<?> type = Class.forName(className, true, loader);
            if (!SchemaModel.class.isAssignableFrom(type)) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "model_class " + className
                        + " does not implement " + SchemaModel.class.getName() + "; implement it (schema() returns the model)");
            }
            SchemaModel model = (SchemaModel) type.getDeclaredConstructor().newInstance();
            try {
                return model.schema();
            } catch (IllegalArgumentException | IllegalStateException e) {
                // what the schema records and the builder refuse: a column named twice, a former name claimed twice
                throw new RetortException(RetortException.Kind.CONFIGURATION, "model_class " + className
                        + " builds no valid schema: " + e.getMessage() + "; fix the model", e);
            }
        } catch (ClassNotFoundException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "model_class " + className + " is not on "
                    + "model_classpath " + classpath + "; compile it and list its directory or jar", e);
        } catch (ReflectiveOperationException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot create model_class " + className
                    + ": " + e + "; give it a public no-argument constructor", e);
        } catch (java.io.IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot close the model class loader: " + e, e);
        }
    }

    /**
     * A loader over the model's class path, below the loader that has Retort's classes.
     *
     * @param classpath directories and jars ({@code model_classpath})
     * @param parent    the loader that already has Retort's classes
     * @return a new loader; the caller closes it
     */
    public static URLClassLoader classLoader(List<Path> classpath, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "model_classpath entry " + entry
                        + " is not a path; list directories or jars", e);
            }
        }
        return new URLClassLoader("retort-model", urls.toArray(URL[]::new), parent);
    }
}
