import type { JsonSchema } from '../../../src/json-schema/index.js';

/**
 * The schema of a form key wherever the export put it: `properties` at the top, or inside the `if`/`then` branches
 * that add a conditional item's field (rjsf profile).
 */
export function propertySchema(schema: JsonSchema, key: string): JsonSchema {
  const seen: JsonSchema[] = [];
  const visit = (node: unknown): JsonSchema | undefined => {
    if (node === null || typeof node !== 'object') return undefined;
    if (seen.includes(node as JsonSchema)) return undefined;
    seen.push(node as JsonSchema);
    const properties = (node as { properties?: Record<string, JsonSchema> }).properties;
    if (properties && Object.hasOwn(properties, key)) return properties[key];
    for (const child of Object.values(node)) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  const found = visit(schema);
  if (!found) throw new Error(`the schema has no property ${key}`);
  return found;
}

/** The values a choice field offers, in the order the renderer lists them (`enum`, or `oneOf` of `const`). */
export function choiceValues(field: JsonSchema): { value: unknown; title?: string }[] {
  const node = (field as { items?: JsonSchema }).items ?? field;
  const { enum: values, oneOf } = node as { enum?: unknown[]; oneOf?: { const: unknown; title?: string }[] };
  if (values) return values.map((value) => ({ value }));
  if (oneOf) return oneOf.map((branch) => ({ value: branch.const, ...(branch.title === undefined ? {} : { title: branch.title }) }));
  throw new Error(`not a choice field: ${JSON.stringify(field).slice(0, 120)}`);
}

/** The form values ticked or chosen for a library answer value: a multi-choice decline is its box ticked alone. */
export function formChoices(kind: string, value: unknown): unknown[] {
  if (kind !== 'multi') return [value];
  return Array.isArray(value) ? value : [value];
}
