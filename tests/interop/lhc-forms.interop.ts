import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PREFER_NOT_TO_ANSWER } from '../../src/definition/item.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { SCORE_LINK_PREFIX } from '../../src/fhir/common/constants.js';
import { answerMappingOf } from '../../src/fhir/import/answer-mapping.js';
import { fromFhirQuestionnaireResponse } from '../../src/fhir/import/from-fhir-questionnaire-response.js';
import { fhirValidatorProblems } from '../fhir/fhir-validators.js';
import { answerEveryItem, type FormDriver, INTEROP_RUNS, runPlan, samplePlans } from './harness/answer-plan.js';
import { clientPages, filledControls, screenshot } from './harness/browser.js';
import { type AnswerableItem, answerableItems, directSummary, QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';

// LHC-Forms 40.1.3 (NLM) over toFhirQuestionnaire's export (pages/lhc-forms.ts), one page for the whole form. Each
// question the form shows is an <lhc-item id="item-<linkId>/1/1"> (LHC leaves disabled ones out of the page), each
// option a <label id="<linkId>/1/1|<system>|<code>"> around its radio button or check box, and a number or text
// field is [id="<linkId>/1/1"]. The host reads a QuestionnaireResponse (LForms.Util.getFormFHIRData) and imports
// it with fromFhirQuestionnaireResponse.

const pages = clientPages();

interface Response {
  readonly resourceType: 'QuestionnaireResponse';
  readonly meta?: { readonly security?: unknown };
  readonly item?: readonly ResponseItem[];
}
interface ResponseItem {
  readonly linkId: string;
  readonly answer?: readonly { readonly valueDecimal?: number }[];
  readonly item?: readonly ResponseItem[];
}

/** The QuestionnaireResponse LHC-Forms gives the host now (LForms.Util.getFormFHIRData). */
const responseOf = async (page: Page) => (await page.evaluate(() => window.__interop?.read?.())) as Response;

/** The response imported as the host would: its answers, and its issues apart from the security labels LHC drops. */
function imported(q: Questionnaire, response: Response) {
  const { answers, issues } = fromFhirQuestionnaireResponse(q, response);
  const labels = issues.filter((i) => i.code === 'security-labels-missing');
  return { answers: answers as Record<string, unknown>, issues: issues.filter((i) => i.code !== 'security-labels-missing'), labels };
}

/** The scores LHC-Forms computed into the response (the export's hidden, calculated `score:<id>` items). */
function computedScores(response: Response): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (items: readonly ResponseItem[] = []) => {
    for (const item of items) {
      const value = item.answer?.[0]?.valueDecimal;
      if (item.linkId.startsWith(SCORE_LINK_PREFIX) && value !== undefined) out[item.linkId.slice(SCORE_LINK_PREFIX.length)] = value;
      visit(item.item);
    }
  };
  visit(response.item);
  return out;
}

/**
 * What a host receives from LHC-Forms after a plan: a response both FHIR validators accept, that imports with no
 * issue but the missing security labels (LHC drops `meta.security`; the import says so), and whose scores, computed
 * by LHC from the export's expressions, are the library's own for every complete score.
 */
async function expectResponse(q: Questionnaire, page: Page, given: Record<string, unknown>): Promise<void> {
  const response = await responseOf(page);
  expect(fhirValidatorProblems(response), 'both FHIR validators on the response').toEqual([]);
  const { issues, labels } = imported(q, response);
  expect(issues, 'issues importing the response').toEqual([]);
  expect(labels.map((i) => i.code)).toEqual(['security-labels-missing']);
  const complete = Object.fromEntries(
    directSummary(q, given)
      .instruments.filter((r) => r.status === 'complete')
      .map((r) => [r.scoreId, r.score]),
  );
  const computed = computedScores(response);
  expect(pick(computed, Object.keys(complete)), 'the scores LHC-Forms computed').toEqual(complete);
}

const pick = (record: Record<string, number>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));

const field = (page: Page, linkId: string) => page.locator(`[id="${linkId}/1/1"]`);

function lhcDriver(q: Questionnaire, page: Page): FormDriver {
  const mapping = answerMappingOf(q);
  const items = answerableItems(q);
  /** The option LHC-Forms shows for a library answer value, found through the export's own coding of it. */
  const option = (item: AnswerableItem, value: unknown) => {
    for (const [key, mapped] of mapping.answers.get(item.id) ?? []) {
      if (mapped === value && key.startsWith('coding:')) return page.locator(`label[id="${item.id}/1/1|${key.slice('coding:'.length)}"]`);
    }
    throw new Error(`${item.id}: no option of the export stands for ${JSON.stringify(value)}`);
  };
  return {
    groups: [{ label: 'the form', items }],
    open: async () => true,
    async shown() {
      const ids = await page.locator('lhc-item.lhc-item-question').evaluateAll((nodes) => nodes.map((node) => node.id));
      const shown = new Set(ids.map((id) => id.replace(/^item-/, '').replace(/(\/\d+)+$/, '')));
      return items.filter((item) => shown.has(item.id)).map((item) => item.id);
    },
    async enter(item, value) {
      if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
        const input = field(page, item.id);
        await input.fill(String(value));
        // LHC-Forms takes a typed value into its model when the field is left.
        await input.blur();
        return;
      }
      for (const choice of Array.isArray(value) ? value : [value]) {
        const label = option(item, choice);
        await label.click();
        await expect.poll(() => label.locator('input').isChecked(), { message: `${item.id}: ${JSON.stringify(choice)} chosen` }).toBe(true);
      }
    },
    read: async () => imported(q, await responseOf(page)).answers,
  };
}

describe.each(Object.keys(QUESTIONNAIRES) as QuestionnaireName[])('LHC-Forms, %s', (name) => {
  const q = QUESTIONNAIRES[name];
  const path = `/lhc-forms.html?q=${name}` as const;

  test('the untouched form answers nothing and shows no score (no score field, no score after any option), and its response is valid R4', async () => {
    const client = await pages.open(path);
    const { page } = client;
    await screenshot(page, `lhc-forms-${name}-untouched`);
    expect(await filledControls(page)).toEqual([]);
    const response = await responseOf(page);
    expect(fhirValidatorProblems(response)).toEqual([]);
    const { answers, issues } = imported(q, response);
    expect(answers).toEqual({});
    expect(issues).toEqual([]);
    // Scores are the care team's: the export marks its score items questionnaire-hidden, and the page turns off
    // LHC's "<option text> - <score>" (templateOptions.displayScoreWithAnswerText).
    const ids = await page.locator('lhc-item').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.filter((id) => id.startsWith(`item-${SCORE_LINK_PREFIX}`))).toEqual([]);
    const options = await page.locator('label.lhc-answer').allTextContents();
    expect(options.length).toBeGreaterThan(20);
    expect(options.filter((text) => / - \d+(\.\d+)?\s*$/.test(text))).toEqual([]);
    await client.close();
  });

  test(`every item has a control that takes an answer (plans that between them answer all ${answerableItems(q).length}); each response valid, its scores the library's`, async () => {
    await answerEveryItem(q, async (plan, k) => {
      const client = await pages.open(path);
      const given = await runPlan(q, lhcDriver(q, client.page), plan);
      await expectResponse(q, client.page, given);
      await screenshot(client.page, `lhc-forms-${name}-every-item-${k}`);
      await client.close();
      return given;
    });
  });

  test.each(samplePlans(q, INTEROP_RUNS[name]).map((plan, run) => [run, plan] as const))(
    'random answers %i through the UI: shows what the library shows after each answer; the response read back summarizes the same, is valid, and scores the same',
    async (run, plan) => {
      const client = await pages.open(path);
      const given = await runPlan(q, lhcDriver(q, client.page), plan);
      await expectResponse(q, client.page, given);
      await screenshot(client.page, `lhc-forms-${name}-random-${run}`);
      await client.close();
    },
  );
});

test('LHC-Forms lets "prefer not to answer" be ticked beside a real option (it does not enforce optionExclusive); the import keeps the real option and reports the mix', async () => {
  const q = QUESTIONNAIRES.briefScreen;
  const client = await pages.open('/lhc-forms.html?q=briefScreen');
  const driver = lhcDriver(q, client.page);
  const concerns = answerableItems(q).find((item) => item.id === 'cooccurring.concerns')!;
  await driver.enter(concerns, ['voices', PREFER_NOT_TO_ANSWER]);
  await screenshot(client.page, 'lhc-forms-briefScreen-exclusive-mix');
  const response = await responseOf(client.page);
  expect(fhirValidatorProblems(response)).toEqual([]);
  const { answers, issues } = imported(q, response);
  expect(answers).toEqual({ 'cooccurring.concerns': ['voices'] });
  expect(issues.map((i) => [i.code, i.itemId])).toEqual([['out-of-range', 'cooccurring.concerns']]);
  await client.close();
});
