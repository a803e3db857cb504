import type { IssuePath } from '../../issues/issue.js';
import { UnsupportedReporter } from '../../issues/unsupported-reporter.js';

/**
 * Extensions that change how a renderer shows or pre-fills a form, never what
 * it asks or what an answer means. A form that uses them imports with the same
 * questions and the same scoring, so they are reported together, once, and the
 * extensions whose loss does change something stand out beside them.
 */
export const RENDERING_ONLY: ReadonlySet<string> = new Set([
  'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink',
  'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',
  'http://hl7.org/fhir/StructureDefinition/rendering-markdown',
  'http://hl7.org/fhir/StructureDefinition/rendering-style',
  'http://hl7.org/fhir/StructureDefinition/entryFormat',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-entryFormat',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-collapsible',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-width',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-choiceColumn',
  // Pre-fills an answer from a recent Observation: the library never pre-fills (nothing answers for the person).
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-observationLinkPeriod',
]);

/** How many places use one rendering-only extension, and on which items. */
interface RenderingUse {
  count: number;
  readonly items: string[];
}

/** At most this many item ids are named per extension in the grouped issue. */
const NAMED_ITEMS = 8;

/**
 * The importer's reporter: as `UnsupportedReporter`, plus `extension`, which
 * gathers rendering-only extensions into one grouped issue (path `[]`)
 * instead of one issue per place, so a clinic reads first what changes meaning.
 */
export class ImportReporter extends UnsupportedReporter {
  private readonly rendering = new Map<string, RenderingUse>();

  constructor(policy: ConstructorParameters<typeof UnsupportedReporter>[0]) {
    super(policy, 'The library');
  }

  /** Report an extension left out: rendering-only ones join the grouped issue, others get `message` at `path`. */
  extension(url: string, path: IssuePath, message: string, itemId?: string): void {
    if (!RENDERING_ONLY.has(url)) {
      this.report(path, message, itemId);
      return;
    }
    const use = this.rendering.get(url) ?? { count: 0, items: [] };
    this.rendering.set(url, use);
    use.count++;
    if (itemId !== undefined && !use.items.includes(itemId)) use.items.push(itemId);
  }

  override finish() {
    if (this.rendering.size > 0) {
      const parts = [...this.rendering].map(([url, use]) => {
        const named = use.items.slice(0, NAMED_ITEMS).map((id) => `"${id}"`);
        if (use.items.length > NAMED_ITEMS) named.push(`${use.items.length - NAMED_ITEMS} more`);
        return `${url} (${use.count}×${named.length > 0 ? `, on ${named.join(', ')}` : ''})`;
      });
      this.report(
        [],
        `Rendering-only extensions are left out; they change how a renderer shows or pre-fills the form, not what it asks or what an answer means: ${parts.join('; ')}.`,
      );
    }
    return super.finish();
  }
}
