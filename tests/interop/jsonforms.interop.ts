import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formKey, fromFormData, toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { answerEveryItem, type FormDriver, INTEROP_RUNS, type ItemGroup, runPlan, samplePlans } from './harness/answer-plan.js';
import { filledControls, launchChromium, openPage, screenshot } from './harness/browser.js';
import { choiceValues, formChoices, propertySchema } from './harness/form-schema.js';
import { type AnswerableItem, answerableItems, QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';
import { ARTIFACTS, DIST } from './harness/paths.js';
import { type InteropServer, serve } from './harness/server.js';

// JSON Forms 3.8 with the vanilla and the Material renderer sets (React 19, MUI 7) over toJsonSchema's jsonforms
// profile and toUiSchema (pages/jsonforms.tsx). The UI schema is a Categorization: one category (tab) per section,
// whose elements the renderers lay out one per child of the category's container, hidden ones included (vanilla
// marks them `hidden`, Material leaves them empty), so the n-th child is the n-th element.

let browser: Browser;
let server: InteropServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serve({ '/': DIST })]);
});
afterAll(async () => {
  // What the renderers did that a person would notice, kept with the screenshots.
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'jsonforms-lost-clicks.json'), `${JSON.stringify(lostClicks, null, 2)}\n`);
  await browser?.close();
  await server?.close();
});

const SETS = ['vanilla', 'material'] as const;
type RendererSet = (typeof SETS)[number];

interface Category extends ItemGroup {
  /** Position of each item among the category's elements (Labels take positions too). */
  readonly positions: ReadonlyMap<string, number>;
  readonly size: number;
}

function categories(name: QuestionnaireName): Category[] {
  const q = QUESTIONNAIRES[name];
  const byId = new Map(answerableItems(q).map((i) => [i.id, i]));
  return toUiSchema(q, { keys: 'form' }).uischema.elements.map((category) => {
    const positions = new Map<string, number>();
    const items: AnswerableItem[] = [];
    category.elements.forEach((element, k) => {
      if (element.type !== 'Control') return;
      const id = element.scope.replace('#/properties/', '').replaceAll(':', '.');
      positions.set(id, k);
      items.push(byId.get(id)!);
    });
    return { label: category.label, items, positions, size: category.elements.length };
  });
}

/**
 * Click a radio button until it shows as chosen, as a person would when a click does not take. In both renderer
 * sets the first click on a scale's radio button right after answering the scale above it is lost (AUDIT-C q3
 * after q2, every time; a second click works); each such retry is counted in `lostClicks`.
 */
async function clickUntilChecked(radio: Locator, itemId: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await radio.click();
    if (await radio.isChecked()) return;
    lostClicks.push(itemId);
  }
  throw new Error(`${itemId}: three clicks on the radio button did not choose it`);
}
const lostClicks: string[] = [];

function jsonFormsDriver(set: RendererSet, name: QuestionnaireName, page: Page): FormDriver {
  const q = QUESTIONNAIRES[name];
  const { schema } = toJsonSchema(q, { profile: 'jsonforms', keys: 'form' });
  const groups = categories(name);
  const container = set === 'vanilla' ? page.locator('[id="categorization.detail"]') : page.locator('#root header + div > .MuiGrid-container');
  const children = container.locator(':scope > *');
  let open: Category | undefined;
  const element = (item: AnswerableItem): Locator => children.nth(open!.positions.get(item.id)!);
  const tab = (label: string) =>
    set === 'vanilla' ? page.locator('.category-subcategories > li', { hasText: label }) : page.getByRole('tab', { name: label, exact: true });

  return {
    groups,
    async open(group) {
      const category = group as Category;
      const found = tab(category.label);
      if ((await found.count()) === 0) return false;
      await found.first().click();
      open = category;
      await expect.poll(() => children.count(), { message: `${category.label}: one child per UI schema element`, timeout: 10_000 }).toBe(category.size);
      return true;
    },
    async shown(group) {
      const category = group as Category;
      const visible = await children.evaluateAll(
        (nodes, vanilla) => nodes.map((node) => (vanilla ? !(node as HTMLElement).hidden : node.childElementCount > 0)),
        set === 'vanilla',
      );
      return category.items.filter((item) => visible[category.positions.get(item.id)!]).map((item) => item.id);
    },
    async enter(item, value) {
      const control = element(item);
      if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
        await control.locator('input, textarea').first().fill(String(value));
        return;
      }
      const offered = choiceValues(propertySchema(schema, formKey(item.id)));
      const title = (choice: unknown) => offered.find((o) => o.value === choice)?.title ?? String(choice);
      for (const choice of formChoices(item.kind, value)) {
        if (item.kind === 'multi') {
          if (set === 'material') {
            await control.locator(`input[type="checkbox"][id="#/properties/${formKey(item.id)}-${String(choice)}"]`).check();
          } else {
            // Vanilla has no check-box list for an array of options: it shows a table, one drop-down per row.
            await control.locator('header button').click();
            await control
              .locator('tbody tr')
              .last()
              .locator('select')
              .selectOption({ label: title(choice) });
          }
          continue;
        }
        const radio = control.locator(`input[type="radio"][value="${String(choice)}"]`);
        if ((await radio.count()) > 0) {
          await clickUntilChecked(radio, item.id);
        } else if (set === 'vanilla') {
          await control.locator('select').selectOption({ label: title(choice) });
        } else {
          // Material renders a labelled choice without format: 'radio' as an autocomplete.
          await control.locator('input[role="combobox"]').click();
          await page.getByRole('option', { name: title(choice), exact: true }).click();
          // Leave the field as a person moving on would: while it keeps the focus, the next click on the page only
          // blurs it and is lost (seen on the radio buttons the choice had just shown). Tab is no good here: it
          // focuses the next autocomplete, whose list then covers the controls below.
          await page.getByRole('listbox').waitFor({ state: 'detached' });
          await control.locator('input[role="combobox"]').blur();
        }
      }
    },
    read: async () => (await page.evaluate(() => window.__interop?.read?.())) as Record<string, unknown>,
  };
}

describe.each((Object.keys(QUESTIONNAIRES) as QuestionnaireName[]).flatMap((name) => SETS.map((set) => [set, name] as const)))(
  'JSON Forms %s, %s',
  (set, name) => {
    test('the untouched form answers nothing: no control holds a value in any category, the form data reads back as no answers', async () => {
      const client = await openPage(browser, server, `/jsonforms.html?q=${name}&set=${set}`);
      const driver = jsonFormsDriver(set, name, client.page);
      for (const [k, group] of driver.groups.entries()) {
        if (!(await driver.open(group))) continue;
        expect(await filledControls(client.page), group.label).toEqual([]);
        if (k === 0 || k === driver.groups.length - 1) await screenshot(client.page, `jsonforms-${set}-${name}-untouched-${k}`);
      }
      expect(fromFormData(await driver.read())).toEqual({});
      await client.close();
    });

    test(`every item has a control that takes an answer (plans that between them answer all ${answerableItems(QUESTIONNAIRES[name]).length})`, async () => {
      await answerEveryItem(QUESTIONNAIRES[name], async (plan, k) => {
        const client = await openPage(browser, server, `/jsonforms.html?q=${name}&set=${set}`);
        const given = await runPlan(QUESTIONNAIRES[name], jsonFormsDriver(set, name, client.page), plan);
        await screenshot(client.page, `jsonforms-${set}-${name}-every-item-${k}`);
        await client.close();
        return given;
      });
    });

    test.each(samplePlans(QUESTIONNAIRES[name], INTEROP_RUNS[name]).map((plan, run) => [run, plan] as const))(
      'random answers %i through the UI: shows what the library shows after each answer, and the data read back summarizes the same',
      async (run, plan) => {
        const client = await openPage(browser, server, `/jsonforms.html?q=${name}&set=${set}`);
        await runPlan(QUESTIONNAIRES[name], jsonFormsDriver(set, name, client.page), plan);
        await screenshot(client.page, `jsonforms-${set}-${name}-random-${run}`);
        await client.close();
      },
    );
  },
);
