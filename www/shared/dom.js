// The one DOM helper every surface builds elements with: the page, the form binding, the
// extension's pages and (turned into a classic script by scripts/build-extension.sh) its badges.
// An ES module without imports, like facts.js beside it.

/**
 * Creates an element: h('p', { class: 'x' }, 'text', child). Attributes whose value is null,
 * undefined or false are left out, `on…` ones become listeners; text is always set as text,
 * never parsed as HTML.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}
