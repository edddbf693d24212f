package io.govgraph.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.govgraph.TestAccounts;

/** Fetching exports over HTTP and reading them back with real parsers. */
public final class ExportFiles {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ExportFiles() {
	}

	/** Fetched as the admin (every role: names in full). */
	public static HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
		return get(port, pathAndQuery, TestAccounts.ADMIN);
	}

	public static HttpResponse<String> get(int port, String pathAndQuery, String account)
			throws IOException, InterruptedException {
		return HTTP.send(TestAccounts.request(port, pathAndQuery, account).build(), HttpResponse.BodyHandlers.ofString());
	}

	public static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
	}

	public static List<Element> elements(Document doc, String namespace, String name) {
		NodeList list = doc.getElementsByTagNameNS(namespace, name);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			result.add((Element) list.item(i));
		}
		return result;
	}

	/** The element's own children with that name. */
	public static List<Element> children(Element parent, String namespace, String name) {
		List<Element> result = new ArrayList<>();
		for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				result.add(e);
			}
		}
		return result;
	}

}
