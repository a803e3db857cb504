import type { Item, ItemKind } from '../definition/item.js';
import type { UiControl, UiControlOptions, UiLabel } from './ui-schema.js';

type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;

/** What every element of an item starts from. */
export interface ElementBase {
  readonly scope: string;
  readonly label: string;
}

/**
 * The UI element of an item, per item kind. Mapped over `ItemKind`, so a new
 * kind is a compile error here until it has an entry.
 */
type ElementTable = { readonly [K in ItemKind]: (item: ItemOf<K>, base: ElementBase) => UiControl | UiLabel };

function control(base: ElementBase, options?: UiControlOptions): UiControl {
  return { type: 'Control', scope: base.scope, label: base.label, ...(options ? { options } : {}) };
}

const ELEMENTS: ElementTable = {
  single: (_item, base) => control(base),
  multi: (_item, base) => control(base),
  // With "prefer not to answer" the schema is a labelled oneOf of yes/no/decline, shown as radio buttons.
  boolean: (item, base) => control(base, item.preferNotToAnswer ? { format: 'radio' } : undefined),
  scale: (_item, base) => control(base, { format: 'radio' }),
  number: (_item, base) => control(base),
  text: (item, base) => control(base, item.multiline ? { multi: true } : undefined),
  date: (_item, base) => control(base),
  display: (_item, base) => ({ type: 'Label', text: base.label }),
};

/** The UI element of an item, without its rule. */
export function itemElement(item: Item, base: ElementBase): UiControl | UiLabel {
  const build = ELEMENTS[item.kind] as (item: Item, base: ElementBase) => UiControl | UiLabel;
  return build(item, base);
}
