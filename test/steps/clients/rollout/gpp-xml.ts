/**
 * Test-only reader of a GPP Registry.xml with a real XML parser (@xmldom/xmldom), strict: any
 * warning, error or fatal error of the parser fails. Returns each element with its attributes in
 * document order, so tests compare them one by one.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export interface XmlElement {
  name: string;
  /** Attribute name and value (entities resolved), in the order they are written. */
  attributes: Array<[string, string]>;
  children: XmlElement[];
}

function toElement(node: Element): XmlElement {
  const attributes: Array<[string, string]> = [];
  for (let i = 0; i < node.attributes.length; i++) {
    const attribute = node.attributes.item(i);
    if (attribute) attributes.push([attribute.name, attribute.value]);
  }
  const children: XmlElement[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) children.push(toElement(child as Element));
    // Between elements only the file's own line breaks and tabs: no stray text.
    else if (child.nodeType === child.TEXT_NODE && (child.nodeValue ?? '').trim() !== '') throw new Error(`text inside <${node.tagName}>: ${child.nodeValue}`);
  }
  return { name: node.tagName, attributes, children };
}

export function parseXml(xml: string): XmlElement {
  const document = new DOMParser({
    onError: (level, message) => {
      // xmldom warns on U+FFFD as a hint of a decoding problem upstream; it is a legal XML
      // character (XML 1.0 section 2.2), and a value may hold it.
      if (level === 'warning' && message.startsWith('Unicode replacement character detected')) return;
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  return toElement(root);
}

/** The attribute's value; fails loudly when it is missing. */
export function attribute(element: XmlElement, name: string): string {
  const found = element.attributes.find(([candidate]) => candidate === name);
  if (!found) throw new Error(`<${element.name}> has no ${name}`);
  return found[1];
}
