package org.headshots.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Refusals are registered once, by their base class, and nothing of the JDK is an application exception. */
class RefusalRegistrationTest {

    @Test
    void ejbJarRegistersOnlyTheRefusalAndItsSubclasses() throws Exception {
        List<String> registered = new ArrayList<>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/ejb-jar.xml")) {
            NodeList exceptions = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(xml)
                    .getElementsByTagName("application-exception");
            for (int i = 0; i < exceptions.getLength(); i++) {
                Element exception = (Element) exceptions.item(i);
                registered.add(text(exception, "exception-class") + " rollback=" + text(exception, "rollback")
                        + " inherited=" + text(exception, "inherited"));
            }
        }
        assertEquals(List.of("org.headshots.domain.refusal.Refusal rollback=true inherited=true"), registered);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}
