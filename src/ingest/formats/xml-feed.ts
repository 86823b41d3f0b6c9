// Lenient reading of arXiv's XML outputs (rss.arxiv.org RSS and Atom, export.arxiv.org API) with source lines.
import { load } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { createLineIndex } from '../line-index.ts';

/**
 * A parsed XML document with the lookups the feed parsers need. htmlparser2 in XML mode never
 * rejects input (undeclared namespaces, missing declarations and truncation all parse), so the
 * parsers check structure themselves: `root` is absent when no element was found at all, and
 * `isClosed` tells a complete element from one cut off by the end of the file.
 */
export interface XmlFeed {
  /** The first top-level element (`<rss>` or `<feed>` in a real feed). */
  root: Element | undefined;
  /** 1-based line where the element's start tag begins. */
  lineOf(element: Element): number;
  /** False when the element's end tag is missing from the source (truncated or malformed file). */
  isClosed(element: Element): boolean;
  /** Child elements with this tag name (prefix included, compared case-insensitively: `dc:creator`). */
  childrenNamed(parent: Element, name: string): Element[];
  /** Trimmed text of the first child with this name; undefined when there is none or it is blank. */
  childText(parent: Element, name: string): string | undefined;
  /** A trimmed attribute of the first child with this name; undefined when absent or blank. */
  childAttribute(parent: Element, name: string, attribute: string): string | undefined;
  /** Entity-decoded text content, CDATA included. */
  textOf(element: Element): string;
}

/** Parses XML text; never throws. */
export function readXmlFeed(text: string): XmlFeed {
  const $ = load(text, { xml: { withStartIndices: true, withEndIndices: true } });
  const lineAt = createLineIndex(text);
  const childrenNamed = (parent: Element, name: string): Element[] =>
    $(parent)
      .children()
      .toArray()
      .filter((child) => child.name.toLowerCase() === name.toLowerCase());
  const textOf = (element: Element): string => collectText(element);
  return {
    root: $.root().children().toArray()[0],
    lineOf: (element) => lineAt(element.startIndex ?? 0),
    isClosed: (element) => {
      const end = element.endIndex;
      if (end === null || end >= text.length) return false;
      if (text[end - 1] === '/') return true;
      return text.startsWith(`</${element.name}`, text.lastIndexOf('</', end));
    },
    childrenNamed,
    childText: (parent, name) => {
      const child = childrenNamed(parent, name)[0];
      return nonBlank(child ? textOf(child) : undefined);
    },
    childAttribute: (parent, name, attribute) => nonBlank(childrenNamed(parent, name)[0]?.attribs[attribute]),
    textOf,
  };
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The text inside an element, gathered with an explicit stack: cheerio's .text() recurses and
 * overflows the call stack on a hostile feed with tens of thousands of nested elements.
 */
function collectText(element: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push((node as Text).data);
    else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join('');
}

