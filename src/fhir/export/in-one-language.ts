import { HL7_EXT } from '../common/constants.js';
import type { FhirExtension } from '../common/fhir-types.js';

/**
 * A copy of an exported resource written in one language: every text that
 * has a translation into `locale` (a `translation` extension on its `_field`
 * element) takes it as its own text, and no translation extension is left.
 * Texts without one keep their English. Other extensions on a `_field`
 * element stay.
 *
 * For renderers that read neither translations nor a coding's `_display`
 * (Smart Forms 1.4 compares a chosen check box's coding with the option's
 * coding member by member, so an option carrying `_display` never shows as
 * ticked), and for clinics that serve one language per form.
 */
export function inOneLanguage<T>(resource: T, locale: string): T {
  return rewrite(resource, locale) as T;
}

function rewrite(value: unknown, locale: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, locale));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(source)) {
    const field = key.startsWith('_') ? key.slice(1) : undefined;
    if (field === undefined || typeof source[field] !== 'string') {
      // A field's text may already have been set from its `_field` element, which comes after it.
      if (!Object.hasOwn(out, key)) out[key] = rewrite(member, locale);
      continue;
    }
    const extensions = ((member as { extension?: FhirExtension[] } | null)?.extension ?? []) as FhirExtension[];
    const text = extensions
      .filter((e) => e.url === HL7_EXT.translation)
      .map((e) => contentIn(e, locale))
      .find((c) => c !== undefined);
    if (text !== undefined) out[field] = text;
    const kept = extensions.filter((e) => e.url !== HL7_EXT.translation);
    if (kept.length > 0) out[key] = { ...(member as object), extension: rewrite(kept, locale) };
  }
  return out;
}

/** The content of one translation extension when it is in `locale`. */
function contentIn(translation: FhirExtension, locale: string): string | undefined {
  const parts = (translation.extension ?? []) as FhirExtension[];
  if (parts.find((p) => p.url === 'lang')?.valueCode !== locale) return undefined;
  const content = parts.find((p) => p.url === 'content');
  return typeof content?.valueString === 'string' ? content.valueString : undefined;
}
