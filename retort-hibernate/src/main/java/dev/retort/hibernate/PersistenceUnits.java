package dev.retort.hibernate;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a persistence unit from the {@code META-INF/persistence.xml} files of the model class loader: its
 * listed classes, mapping files and properties, and whether its root is to be scanned (no classes listed and
 * {@code exclude-unlisted-classes} not set, as a Jakarta Persistence provider scans it). Stateless.
 */
final class PersistenceUnits {

    private static final String FILE = "META-INF/persistence.xml";

    private PersistenceUnits() {
    }

    /**
     * A persistence unit as declared. Immutable.
     *
     * @param root the class-path root holding its persistence.xml, scanned when {@code scanRoot}
     */
    record Unit(String name, URL file, URL root, List<String> classes, List<String> mappingFiles,
                Map<String, String> properties, boolean scanRoot) {
        Unit {
            classes = List.copyOf(classes);
            mappingFiles = List.copyOf(mappingFiles);
            properties = Map.copyOf(properties);
        }
    }

    static Unit find(ClassLoader loader, String name) {
        List<String> seen = new ArrayList<>();
        for (URL file : files(loader)) {
            Element root = parse(file).getDocumentElement();
            for (Element unit : children(root, "persistence-unit")) {
                String unitName = unit.getAttribute("name");
                seen.add(unitName);
                if (unitName.equals(name)) {
                    return unit(unitName, file, unit);
                }
            }
        }
        throw new RetortException(RetortException.Kind.CONFIGURATION, "persistence_unit " + name + " is not declared"
                + (seen.isEmpty() ? " (no " + FILE + " is on the model class path)" : " (declared: " + seen + ")")
                + "; name a unit of " + FILE + ", or set model_entities to the entity packages instead");
    }

    private static Unit unit(String name, URL file, Element unit) {
        List<String> classes = new ArrayList<>();
        children(unit, "class").forEach(c -> classes.add(c.getTextContent().strip()));
        List<String> mappingFiles = new ArrayList<>();
        children(unit, "mapping-file").forEach(m -> mappingFiles.add(m.getTextContent().strip()));
        boolean excludeUnlisted = children(unit, "exclude-unlisted-classes").stream()
                .anyMatch(e -> e.getTextContent().isBlank() || e.getTextContent().strip().equals("true"));
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element group : children(unit, "properties")) {
            for (Element property : children(group, "property")) {
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
        }
        String text = file.toString();
        URL root;
        try {
            root = java.net.URI.create(text.substring(0, text.length() - FILE.length())).toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot locate the root of " + file
                    + ": " + e.getMessage() + "; list the unit's classes in it instead", e);
        }
        return new Unit(name, file, root, classes, mappingFiles, properties, classes.isEmpty() && !excludeUnlisted);
    }

    private static List<URL> files(ClassLoader loader) {
        try {
            List<URL> urls = new ArrayList<>();
            Enumeration<URL> resources = loader.getResources(FILE);
            while (resources.hasMoreElements()) {
                urls.add(resources.nextElement());
            }
            return urls;
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot list " + FILE + " on the model class"
                    + " path: " + e.getMessage() + "; check model_classpath", e);
        }
    }

    private static Document parse(URL file) {
        try (InputStream in = file.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot read " + file + ": " + e.getMessage()
                    + "; fix the file", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
