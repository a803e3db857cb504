/** Attribute values; `true` writes an empty attribute, `false` and `undefined` leave it out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;
/** What an element may hold. Strings become text nodes, never markup. */
export type Child = Node | string | null | undefined | false;

/**
 * Create an element with attributes and children. Every string goes in as a
 * text node, so free-text answers and definition wording can never inject
 * markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

let counter = 0;

/**
 * An id unique within the page (and so within each form's shadow root). Item
 * ids hold dots, awkward in selectors, so controls get ids of their own.
 */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
