import * as fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

/*
 * A published form's own scoring: its SDC `variable`s and `calculatedExpression`, run with fhirpath.js
 * (pinned in devDependencies) on a response to the form as published, beside random answers to it.
 */

type Json = Record<string, unknown>;

interface FormItem {
  readonly linkId: string;
  readonly type: string;
  readonly answerOption?: readonly { readonly valueCoding?: Json; readonly valueString?: string; readonly valueInteger?: number }[];
  readonly answerValueSet?: string;
  readonly extension?: readonly {
    readonly url: string;
    readonly valueExpression?: { readonly name?: string; readonly expression?: string; readonly language?: string };
  }[];
  readonly item?: readonly FormItem[];
}

export interface FormResource {
  readonly item?: readonly FormItem[];
  readonly extension?: FormItem['extension'];
  readonly contained?: readonly Json[];
}

const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';

/** Every item of a form, depth first. */
export function formItems(list: readonly FormItem[] | undefined): FormItem[] {
  return (list ?? []).flatMap((i) => [i, ...formItems(i.item)]);
}

/** The items a form computes with a calculatedExpression, with the expression's language. */
export function calculatedItems(form: FormResource): { readonly linkId: string; readonly type: string; readonly language: string | undefined }[] {
  return formItems(form.item).flatMap((i) => {
    const e = i.extension?.find((x) => x.url === CALCULATED);
    return e ? [{ linkId: i.linkId, type: i.type, language: e.valueExpression?.language }] : [];
  });
}

/** The answer values a person can pick for an item: its options, or the codes of the contained ValueSet it names. */
function choicesOf(form: FormResource, item: FormItem): Json[] {
  if (item.answerOption)
    return item.answerOption.map((o) =>
      o.valueCoding
        ? { valueCoding: pickCoding(o.valueCoding) }
        : o.valueString !== undefined
          ? { valueString: o.valueString }
          : { valueInteger: o.valueInteger },
    );
  const vs = (form.contained ?? []).find((c) => `#${String(c.id)}` === item.answerValueSet || c.url === item.answerValueSet) as
    { expansion?: { contains?: Json[] }; compose?: { include?: { system?: string; concept?: Json[] }[] } } | undefined;
  const codes = vs?.expansion?.contains ?? (vs?.compose?.include ?? []).flatMap((inc) => (inc.concept ?? []).map((c) => ({ ...c, system: inc.system })));
  return (codes ?? []).map((c) => ({ valueCoding: pickCoding(c) }));
}

function pickCoding(c: Json): Json {
  return Object.fromEntries(['system', 'code', 'display'].filter((k) => typeof c[k] === 'string').map((k) => [k, c[k]]));
}

/** A random response to the form as published: each choice question answered with one of its options, or left unanswered. */
export function arbitraryResponse(form: FormResource): fc.Arbitrary<Json> {
  const questions = formItems(form.item).filter((i) => i.type === 'choice' && !i.extension?.some((e) => e.url === CALCULATED));
  const picks = questions.map((q) => {
    const choices = choicesOf(form, q);
    return fc.option(fc.constantFrom(...(choices.length > 0 ? choices : [{}])), { nil: undefined, freq: 4 });
  });
  return fc.tuple(...picks).map((answers) => {
    const chosen = new Map(questions.map((q, k) => [q.linkId, answers[k]]));
    const build = (list: readonly FormItem[]): Json[] =>
      list.flatMap((i): Json[] => {
        if (i.type === 'group') return [{ linkId: i.linkId, item: build(i.item ?? []) }];
        const a = chosen.get(i.linkId);
        if (a === undefined) return [];
        return [{ linkId: i.linkId, answer: [a] }];
      });
    return { resourceType: 'QuestionnaireResponse', status: 'completed', item: build(form.item ?? []) };
  });
}

/**
 * The value the form's own calculatedExpression gives a response: the root
 * variables, then the item's own, in order, then the expression, each with
 * `%resource` (the response) and `%questionnaire` (the form). Undefined when
 * the result is empty.
 */
export function formScore(form: FormResource, linkId: string, response: Json): number | undefined {
  const item = formItems(form.item).find((i) => i.linkId === linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  const env: Record<string, unknown> = { questionnaire: form, resource: response };
  const run = (expression: string) => fhirpath.evaluate(response, expression, env as never, r4) as unknown[];
  for (const e of [...(form.extension ?? []), ...(item.extension ?? [])]) {
    if (e.url === VARIABLE && e.valueExpression?.name && e.valueExpression.expression) env[e.valueExpression.name] = run(e.valueExpression.expression);
  }
  const expression = item.extension?.find((e) => e.url === CALCULATED)?.valueExpression?.expression;
  if (expression === undefined) throw new Error(`item ${linkId} has no calculatedExpression`);
  const result = run(expression);
  if (result.length === 0) return undefined;
  if (result.length > 1 || typeof result[0] !== 'number') throw new Error(`item ${linkId} computes ${JSON.stringify(result)}, not one number`);
  return result[0];
}
