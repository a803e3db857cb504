import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formKey, fromFormData, toJsonSchema } from '../../src/json-schema/index.js';
import { answerEveryItem, type FormDriver, INTEROP_RUNS, runPlan, samplePlans } from './harness/answer-plan.js';
import { clientPages, filledControls, screenshot } from './harness/browser.js';
import { choiceValues, formChoices, propertySchema } from './harness/form-schema.js';
import { answerableItems, QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';

// react-jsonschema-form 6.11 (core theme, validator-ajv8 with Ajv2020) over toJsonSchema's rjsf profile and
// toRjsfUiSchema (pages/rjsf.tsx). One page: every field the form shows is in the DOM as [id="root_<key>"].

const pages = clientPages();

const byId = (key: string) => `[id="root_${key}"]`;

function rjsfDriver(name: QuestionnaireName, page: Page): FormDriver {
  const q = QUESTIONNAIRES[name];
  const { schema } = toJsonSchema(q, { profile: 'rjsf', keys: 'form' });
  const items = answerableItems(q);
  const group = { label: 'the form', items };
  return {
    groups: [group],
    open: async () => true,
    shown: () =>
      page.evaluate(
        (keys) => keys.filter(([, key]) => document.querySelector(`[id="root_${key}"]`) !== null).map(([id]) => id),
        items.map((i) => [i.id, formKey(i.id)] as const),
      ),
    async enter(item, value) {
      const key = formKey(item.id);
      if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
        await page.locator(byId(key)).fill(String(value));
        return;
      }
      const offered = choiceValues(propertySchema(schema, key)).map((c) => c.value);
      for (const choice of formChoices(item.kind, value)) {
        const index = offered.indexOf(choice);
        expect(index, `${item.id} offers ${JSON.stringify(choice)}`).toBeGreaterThanOrEqual(0);
        await page.locator(`[id="root_${key}-${index}"]`).check();
      }
    },
    read: async () => fromFormData((await page.evaluate(() => window.__interop?.read?.())) as Record<string, unknown>),
  };
}

describe.each(Object.keys(QUESTIONNAIRES) as QuestionnaireName[])('RJSF, %s', (name) => {
  test('the untouched form answers nothing: no control holds a value, the form data reads back as no answers', async () => {
    const client = await pages.open(`/rjsf.html?q=${name}`);
    await screenshot(client.page, `rjsf-${name}-untouched`);
    expect(await filledControls(client.page)).toEqual([]);
    const data = (await client.page.evaluate(() => window.__interop?.read?.())) as Record<string, unknown>;
    expect(fromFormData(data)).toEqual({});
    await client.close();
  });

  test(`every item has a control that takes an answer (plans that between them answer all ${answerableItems(QUESTIONNAIRES[name]).length})`, async () => {
    await answerEveryItem(QUESTIONNAIRES[name], async (plan, k) => {
      const client = await pages.open(`/rjsf.html?q=${name}`);
      const given = await runPlan(QUESTIONNAIRES[name], rjsfDriver(name, client.page), plan);
      await screenshot(client.page, `rjsf-${name}-every-item-${k}`);
      await client.close();
      return given;
    });
  });

  test.each(samplePlans(QUESTIONNAIRES[name], INTEROP_RUNS[name]).map((plan, run) => [run, plan] as const))(
    'random answers %i through the UI: shows what the library shows after each answer, and the data read back summarizes the same',
    async (run, plan) => {
      const client = await pages.open(`/rjsf.html?q=${name}`);
      await runPlan(QUESTIONNAIRES[name], rjsfDriver(name, client.page), plan);
      await screenshot(client.page, `rjsf-${name}-random-${run}`);
      await client.close();
    },
  );
});
