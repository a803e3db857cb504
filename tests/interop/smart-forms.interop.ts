import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { FhirQuestionnaireItem } from '../../src/fhir/common/fhir-types.js';
import { answerMappingOf, fromFhirQuestionnaireResponse, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { fhirValidatorProblems } from '../fhir/fhir-validators.js';
import { answerEveryItem, type FormDriver, INTEROP_RUNS, runPlan, samplePlans } from './harness/answer-plan.js';
import { clientPages, filledControls, screenshot } from './harness/browser.js';
import { formChoices } from './harness/form-schema.js';
import { type AnswerableItem, answerableItems, QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';

// CSIRO's Smart Forms renderer 1.4 (React 19) over toFhirQuestionnaire's export in English only (pages/smart-forms.tsx;
// `locale: 'en'`, see there). One page holds every section; each item the renderer shows is a box
// [data-linkid="<linkId>"], and the export's linkIds are the item ids. The export asks for radio buttons on a choice
// of one answer and check boxes on a multi-choice (SDC itemControl), each labelled with the option's text. What the
// host reads back is the QuestionnaireResponse of getResponse(), mapped with fromFhirQuestionnaireResponse.

const pages = clientPages();

const box = (page: Page, id: string) => page.locator(`[data-linkid="${id}"]`);

/** Each choice item's option text by library value, from the exported answerOptions and the library's own mapping. */
function optionTexts(name: QuestionnaireName): Map<string, Map<unknown, string>> {
  const q = QUESTIONNAIRES[name];
  const mapping = answerMappingOf(q);
  const out = new Map<string, Map<unknown, string>>();
  const visit = (items: readonly FhirQuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      visit(item.item);
      const keys = mapping.answers.get(item.linkId);
      if (!item.answerOption || !keys) continue;
      const texts = new Map<unknown, string>();
      for (const { valueCoding } of item.answerOption) {
        const value = keys.get(`coding:${valueCoding?.system ?? ''}|${valueCoding?.code ?? ''}`);
        if (value !== undefined && valueCoding?.display !== undefined) texts.set(value, valueCoding.display);
      }
      out.set(item.linkId, texts);
    }
  };
  visit(toFhirQuestionnaire(q).resource.item);
  return out;
}

/** The response's answered linkIds, anywhere in it. */
function answeredLinkIds(response: unknown): string[] {
  const out: string[] = [];
  const visit = (items: unknown) => {
    for (const item of (items ?? []) as { linkId: string; answer?: { item?: unknown }[]; item?: unknown }[]) {
      if ((item.answer ?? []).length > 0) out.push(item.linkId);
      visit(item.item);
      for (const answer of item.answer ?? []) visit(answer.item);
    }
  };
  visit((response as { item?: unknown }).item);
  return out;
}

async function readResponse(page: Page): Promise<{ resourceType: string }> {
  return (await page.evaluate(() => window.__interop?.read?.())) as { resourceType: string };
}

function smartFormsDriver(name: QuestionnaireName, page: Page): FormDriver {
  const q = QUESTIONNAIRES[name];
  const items = answerableItems(q);
  const texts = optionTexts(name);
  /** Whether the response Smart Forms would hand back now holds each of the values for the item. */
  const holds = async (item: AnswerableItem, values: readonly unknown[]) => {
    const answer = fromFhirQuestionnaireResponse(q, await readResponse(page)).answers[item.id];
    return values.every((v) => (Array.isArray(answer) ? answer.includes(v) : answer === v));
  };
  /**
   * Wait until a typed answer is in the response before the next answer. Smart Forms stores typed text a moment
   * after the typing, from a copy of the form taken before: in a fresh-clone CI run the answer to the question after
   * a text field (living.home-support, clicked while asq.q5.describe was still being stored) was in the response
   * after its click and gone once the text arrived. A person who types and then answers the next question at once
   * loses that answer the same way (docs/form-schemas-and-fhir.md).
   */
  const stored = async (item: AnswerableItem, value: unknown) => {
    await expect.poll(() => holds(item, [value]), { message: `${item.id}: the typed answer in the response`, timeout: 5_000 }).toBe(true);
    await settle();
  };
  /** Let the renderer finish drawing before the next answer. */
  const settle = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve()))));
  /**
   * Click options of a choice item, each a radio button or a check box (the export's itemControl), then check that
   * the answer reached the response the host reads. A box shows as checked as soon as it is clicked, before the
   * renderer has stored the answer, and a click while it re-renders can be lost (one check of a multi-choice was, at
   * load 5): options still unchecked are clicked once more, and a second loss fails the test.
   */
  const pick = async (item: AnswerableItem, values: readonly unknown[]) => {
    const options = values.map((value) => {
      const text = texts.get(item.id)?.get(value);
      if (text === undefined) throw new Error(`${item.id} offers no option for ${JSON.stringify(value)}`);
      return box(page, item.id).getByLabel(text, { exact: true });
    });
    for (let attempt = 1; ; attempt++) {
      for (const option of options) if (attempt === 1 || !(await option.isChecked())) await option.click();
      try {
        await expect.poll(() => holds(item, values), { message: `${item.id}: ${JSON.stringify(values)} in the response`, timeout: 5_000 }).toBe(true);
        await settle();
        return;
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  };
  return {
    groups: [{ label: 'the form', items }],
    open: async () => true,
    shown: () =>
      page.evaluate(
        (ids) => ids.filter((id) => document.querySelector(`[data-linkid="${CSS.escape(id)}"]`) !== null),
        items.map((i) => i.id),
      ),
    async enter(item, value) {
      switch (item.kind) {
        case 'number':
          await box(page, item.id)
            .locator(`[id="${item.integer ? 'integer' : 'decimal'}-${item.id}"]`)
            .fill(String(value));
          await stored(item, value);
          return;
        case 'text':
          await box(page, item.id)
            .locator(`[id="${item.multiline ? 'text' : 'string'}-${item.id}"]`)
            .fill(String(value));
          await stored(item, value);
          return;
        case 'single':
        case 'scale':
        case 'boolean':
          // Every boolean here offers "prefer not to answer", so the export makes it a choice of Yes / No / decline.
          await pick(item, [value]);
          return;
        case 'multi':
          await pick(item, formChoices(item.kind, value));
          return;
        case 'date':
          throw new Error(`${item.id}: no date item in the bundled questionnaires; add a date driver with the first one`);
      }
    },
    async read() {
      const response = await readResponse(page);
      const { answers, issues } = fromFhirQuestionnaireResponse(q, response);
      // Smart Forms keeps no meta.security: the import says so, and that is the only thing it reports.
      expect(issues.map((i) => i.code)).toEqual(['security-labels-missing']);
      return answers;
    },
  };
}

/** Run a plan through a fresh page; the response read back must also pass both FHIR validators. */
async function runInSmartForms(name: QuestionnaireName, plan: ReadonlyMap<string, unknown>, shot: string): Promise<Record<string, unknown>> {
  const client = await pages.open(`/smart-forms.html?q=${name}`);
  const given = await runPlan(QUESTIONNAIRES[name], smartFormsDriver(name, client.page), plan);
  await screenshot(client.page, shot);
  expect(fhirValidatorProblems(await readResponse(client.page)), 'the response Smart Forms hands back').toEqual([]);
  await client.close();
  return given;
}

// Both questionnaires. Smart Forms 1.4.0 tests an enableWhen on a repeating drop-down against the last answer entered
// only (answering substance.used with heroin, then alcohol, hid substance.naloxone, which reads "includes an
// opioid"), so the export asks for check boxes on every multi-choice item: all its answers are one item's answers.
describe.each(Object.keys(QUESTIONNAIRES) as QuestionnaireName[])('Smart Forms, %s', (name) => {
  test('the untouched form answers nothing: no control holds a value, the response has no answer and imports as no answers', async () => {
    const client = await pages.open(`/smart-forms.html?q=${name}`);
    await screenshot(client.page, `smart-forms-${name}-untouched`);
    expect(await filledControls(client.page)).toEqual([]);
    // No option shows as chosen: no radio button or check box is checked (above), and no drop-down (which shows a
    // chosen option as a tag beside its empty input) holds one.
    expect(await client.page.locator('[data-linkid] [data-item-index]').count(), 'options shown as chosen').toBe(0);
    const response = await readResponse(client.page);
    expect(answeredLinkIds(response)).toEqual([]);
    expect(fromFhirQuestionnaireResponse(QUESTIONNAIRES[name], response).answers).toEqual({});
    await client.close();
  });

  test(`every item has a control that takes an answer (plans that between them answer all ${answerableItems(QUESTIONNAIRES[name]).length})`, async () => {
    await answerEveryItem(QUESTIONNAIRES[name], (plan, k) => runInSmartForms(name, plan, `smart-forms-${name}-every-item-${k}`));
  });

  test.each(samplePlans(QUESTIONNAIRES[name], INTEROP_RUNS[name]).map((plan, run) => [run, plan] as const))(
    'random answers %i through the UI: shows what the library shows after each answer, and the response read back summarizes the same',
    async (run, plan) => {
      await runInSmartForms(name, plan, `smart-forms-${name}-random-${run}`);
    },
  );
});
