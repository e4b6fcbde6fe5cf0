// A very small DOM for the console's rendering tests in Node: enough for
// createElement, text, attributes, classes and children. Any HTML-parsing
// entry point (innerHTML, outerHTML, insertAdjacentHTML, document.write)
// throws, so a test fails if rendering code ever uses one.

const SVG_NS = "http://www.w3.org/2000/svg";
const HTML_NS = "http://www.w3.org/1999/xhtml";

class Node {
  constructor(nodeType) {
    this.nodeType = nodeType;
    this.parentNode = null;
    this.childNodes = [];
  }

  get isConnected() {
    return true;
  }
}

export class TextNode extends Node {
  constructor(text) {
    super(3);
    this.data = String(text);
  }

  get textContent() {
    return this.data;
  }
}

function forbidden(name) {
  return {
    get() {
      throw new Error(`${name} read: rendering must not use HTML`);
    },
    set() {
      throw new Error(`${name} set: rendering must not use HTML`);
    },
  };
}

export class Element extends Node {
  constructor(tag, ns = HTML_NS) {
    super(1);
    this.localName = ns === HTML_NS ? tag.toLowerCase() : tag;
    this.tagName = this.localName.toUpperCase();
    this.namespaceURI = ns;
    this._attrs = new Map();
    this.dataset = {};
    const self = this;
    this.classList = {
      add: (...c) => self._setClasses([...self._classes(), ...c]),
      remove: (...c) => self._setClasses(self._classes().filter((x) => !c.includes(x))),
      toggle: (c, on) => {
        const has = self._classes().includes(c);
        const want = on === undefined ? !has : Boolean(on);
        if (want && !has) self.classList.add(c);
        if (!want && has) self.classList.remove(c);
        return want;
      },
      contains: (c) => self._classes().includes(c),
    };
  }

  _classes() {
    return (this.getAttribute("class") || "").split(/\s+/).filter(Boolean);
  }

  _setClasses(list) {
    this.setAttribute("class", [...new Set(list)].join(" "));
  }

  get className() {
    return this.getAttribute("class") || "";
  }

  set className(v) {
    this.setAttribute("class", String(v));
  }

  get attributes() {
    return [...this._attrs].map(([name, value]) => ({ name, value }));
  }

  setAttribute(name, value) {
    this._attrs.set(name, String(value));
  }

  getAttribute(name) {
    return this._attrs.has(name) ? this._attrs.get(name) : null;
  }

  hasAttribute(name) {
    return this._attrs.has(name);
  }

  removeAttribute(name) {
    this._attrs.delete(name);
  }

  get textContent() {
    return this.childNodes.map((c) => c.textContent).join("");
  }

  set textContent(v) {
    this.replaceChildren();
    if (v !== "" && v !== null && v !== undefined) this.appendChild(new TextNode(v));
  }

  appendChild(node) {
    if (node.parentNode) node.parentNode.removeChild(node);
    node.parentNode = this;
    this.childNodes.push(node);
    return node;
  }

  removeChild(node) {
    const i = this.childNodes.indexOf(node);
    if (i < 0) throw new Error("not a child");
    this.childNodes.splice(i, 1);
    node.parentNode = null;
    return node;
  }

  append(...nodes) {
    for (const n of nodes) this.appendChild(typeof n === "string" ? new TextNode(n) : n);
  }

  replaceChildren(...nodes) {
    for (const c of [...this.childNodes]) this.removeChild(c);
    this.append(...nodes);
  }

  get children() {
    return this.childNodes.filter((c) => c.nodeType === 1);
  }

  get lastChild() {
    return this.childNodes[this.childNodes.length - 1] || null;
  }

  /** Every element below this one, depth first. */
  descendants() {
    const out = [];
    for (const c of this.children) out.push(c, ...c.descendants());
    return out;
  }

  /** Very small selector support: "tag", ".class", "tag.class", "[data-x='y']" (one simple selector). */
  querySelectorAll(sel) {
    const m = /^([a-z0-9]*)((?:\.[a-z0-9_-]+)*)(?:\[([a-z-]+)(?:='([^']*)')?\])?$/i.exec(sel);
    if (!m) throw new Error(`fake DOM: unsupported selector ${sel}`);
    const [, tag, classes, attr, val] = m;
    const cls = classes.split(".").filter(Boolean);
    return this.descendants().filter(
      (e) =>
        (!tag || e.localName === tag) &&
        cls.every((c) => e.classList.contains(c)) &&
        (!attr || (attr.startsWith("data-") ? e.dataset[attr.slice(5)] : e.getAttribute(attr)) === (val ?? e.getAttribute(attr))),
    );
  }

  querySelector(sel) {
    return this.querySelectorAll(sel)[0] || null;
  }
}

for (const name of ["innerHTML", "outerHTML"]) Object.defineProperty(Element.prototype, name, forbidden(name));
Element.prototype.insertAdjacentHTML = () => {
  throw new Error("insertAdjacentHTML: rendering must not use HTML");
};

/** Installs a fake `document` (with a page data block holding `strings`). */
export function installDocument(strings = {}) {
  const data = new Element("script");
  data.textContent = JSON.stringify({ lang: "en", strings });
  const doc = {
    documentElement: Object.assign(new Element("html"), { lang: "en" }),
    createElement: (tag) => new Element(tag),
    createElementNS: (ns, tag) => new Element(tag, ns),
    createTextNode: (text) => new TextNode(text),
    getElementById: (id) => (id === "passerelle-data" ? data : null),
    write: () => {
      throw new Error("document.write: rendering must not use HTML");
    },
  };
  globalThis.document = doc;
  return doc;
}

export { SVG_NS };
