import type { LocalizedText } from '../../definition/text.js';
import { HL7_EXT } from './constants.js';
import type { FhirExtension, FhirPrimitiveElement } from './fhir-types.js';

/** The translations of a text as the `_field` element of its FHIR string, or undefined for English only. */
export function translations(text: LocalizedText): FhirPrimitiveElement | undefined {
  const extension: FhirExtension[] = [];
  for (const [lang, content] of Object.entries(text)) {
    if (lang === 'en') continue;
    extension.push({
      url: HL7_EXT.translation,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: content },
      ],
    });
  }
  return extension.length > 0 ? { extension } : undefined;
}

/**
 * `{ [field]: text.en, [_field]: translations }` without an undefined member,
 * ready to spread into a resource.
 */
export function localizedField<K extends string>(field: K, text: LocalizedText): { [P in K]: string } & Partial<Record<`_${K}`, FhirPrimitiveElement>> {
  const out: Record<string, unknown> = { [field]: text.en };
  const t = translations(text);
  if (t) out[`_${field}`] = t;
  return out as { [P in K]: string } & Partial<Record<`_${K}`, FhirPrimitiveElement>>;
}

/** One translation read from a `_field` element: its language and content, or why it was skipped. */
export type ReadTranslation = { readonly lang: string; readonly content: string } | { readonly skipped: string };

/** Read the translation extensions of a `_field` element; other extensions are returned for reporting. */
export function readTranslations(element: unknown): { found: ReadTranslation[]; other: string[] } {
  const found: ReadTranslation[] = [];
  const other: string[] = [];
  if (element === null || typeof element !== 'object') return { found, other };
  const list = (element as { extension?: unknown }).extension;
  if (!Array.isArray(list)) return { found, other };
  for (const ext of list as unknown[]) {
    if (ext === null || typeof ext !== 'object') continue;
    const { url, extension } = ext as { url?: unknown; extension?: unknown };
    if (url !== HL7_EXT.translation) {
      other.push(typeof url === 'string' ? url : '(no url)');
      continue;
    }
    const parts = Array.isArray(extension) ? (extension as { url?: unknown; valueCode?: unknown; valueString?: unknown; valueMarkdown?: unknown }[]) : [];
    const lang = parts.find((p) => p?.url === 'lang')?.valueCode;
    const contentPart = parts.find((p) => p?.url === 'content');
    const content = contentPart?.valueString ?? contentPart?.valueMarkdown;
    if (typeof lang === 'string' && typeof content === 'string' && content.length > 0) found.push({ lang, content });
    else found.push({ skipped: 'a translation without both a language and a content' });
  }
  return { found, other };
}
