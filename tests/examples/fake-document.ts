import { vi } from 'vitest';

/**
 * Just enough of an element for the example page's `h()` builder: attributes,
 * children and text. The unit tests run in Node without a DOM library; the
 * page itself is tested in Chromium by tests/e2e.
 */
export class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: (FakeElement | string)[] = [];

  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }

  append(...nodes: (FakeElement | string)[]): void {
    this.children.push(...nodes);
  }

  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }

  /** Child elements, without text nodes. */
  get elements(): FakeElement[] {
    return this.children.filter((c): c is FakeElement => typeof c !== 'string');
  }

  /** Every element below this one, depth first, that passes `test`. */
  findAll(test: (e: FakeElement) => boolean): FakeElement[] {
    return this.elements.flatMap((e) => [...(test(e) ? [e] : []), ...e.findAll(test)]);
  }
}

/** Install a `document` whose `createElement` makes {@link FakeElement}s, for this test file. */
export function useFakeDocument(): void {
  vi.stubGlobal('document', { createElement: (tag: string) => new FakeElement(tag) });
}

/** An element the page built, read back as the fake it is. */
export const fake = (element: unknown): FakeElement => element as FakeElement;

/** Elements with a class. */
export const byClass = (name: string) => (e: FakeElement) => (e.getAttribute('class') ?? '').split(' ').includes(name);
