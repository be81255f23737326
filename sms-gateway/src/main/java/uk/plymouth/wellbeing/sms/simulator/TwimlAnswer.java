package uk.plymouth.wellbeing.sms.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the texts out of a TwiML answer: the text of each {@code <Message>}, in order. */
final class TwimlAnswer {

    private TwimlAnswer() {}

    /**
     * @throws IllegalArgumentException when the answer is not well-formed XML with a {@code <Response>} root
     */
    static List<String> messages(String twiml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException notXml) {
            throw new IllegalArgumentException("Not well-formed XML", notXml);
        }
        if (!"Response".equals(root.getTagName())) {
            throw new IllegalArgumentException("Not TwiML: the root element is <" + root.getTagName() + ">");
        }
        NodeList nodes = root.getElementsByTagName("Message");
        List<String> texts = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
