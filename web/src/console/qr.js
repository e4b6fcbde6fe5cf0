// The enrolment QR code arrives as an SVG document (docs/console.md). It is
// parsed with DOMParser, pruned to the few shapes a QR code needs, and only
// then imported into the page: no markup from the server ever goes through
// the HTML parser, and nothing in it can run or load anything.

const SVG_NS = "http://www.w3.org/2000/svg";
const ELEMENTS = new Set(["svg", "g", "path", "rect", "title", "desc"]);
const ATTRIBUTES = new Set([
  "viewBox",
  "width",
  "height",
  "d",
  "x",
  "y",
  "fill",
  "fill-rule",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "shape-rendering",
  "transform",
  "version",
  "xmlns",
  "preserveAspectRatio",
]);
// Presentation properties that a `style` attribute may carry. `style` itself
// would be refused by the page's CSP (style-src 'self'), so they are moved to
// attributes, which the CSP allows.
const STYLE_PROPERTIES = new Set(["fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "shape-rendering"]);
const SAFE_VALUE = /^[#a-zA-Z0-9.,()%\s-]*$/;

function safeValue(value) {
  const v = String(value).trim();
  return SAFE_VALUE.test(v) && !/url\s*\(|expression|javascript/i.test(v);
}

function styleToAttributes(node, style) {
  for (const decl of String(style).split(";")) {
    const i = decl.indexOf(":");
    if (i < 0) continue;
    const prop = decl.slice(0, i).trim().toLowerCase();
    const value = decl.slice(i + 1).trim();
    if (STYLE_PROPERTIES.has(prop) && safeValue(value) && !node.hasAttribute(prop)) node.setAttribute(prop, value);
  }
}

/**
 * Prunes an SVG element tree in place: other elements (script, foreignObject,
 * image, use, style, a, …), other namespaces, comments, event handlers, links
 * and anything with url(…) are removed. Works on any DOM implementation.
 */
export function cleanSvg(node) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) continue; // text (titles)
    if (child.nodeType !== 1 || child.namespaceURI !== SVG_NS || !ELEMENTS.has(child.localName)) {
      node.removeChild(child);
      continue;
    }
    cleanSvg(child);
  }
  for (const attr of Array.from(node.attributes)) {
    const name = attr.name;
    if (name === "style") {
      node.removeAttribute(name);
      styleToAttributes(node, attr.value);
    } else if (!ATTRIBUTES.has(name) || !safeValue(attr.value)) {
      if (name === "xmlns") continue;
      node.removeAttribute(name);
    }
  }
  return node;
}

/** The QR code as a node of this page, or null if `svgText` is not an SVG document. */
export function qrNode(svgText, label) {
  if (typeof svgText !== "string" || !svgText || typeof DOMParser === "undefined") return null;
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== SVG_NS || root.localName !== "svg") return null;
  if (doc.getElementsByTagName("parsererror").length > 0) return null;
  cleanSvg(root);
  root.setAttribute("role", "img");
  root.setAttribute("focusable", "false");
  if (label) root.setAttribute("aria-label", label);
  return document.importNode(root, true);
}
