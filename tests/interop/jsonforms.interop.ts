import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromFormData } from '../../src/json-schema/index.js';
import { filledControls, launchChromium, openPage, screenshot } from './harness/browser.js';
import { QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';
import { DIST } from './harness/paths.js';
import { type InteropServer, serve } from './harness/server.js';

// JSON Forms 3.8 with the vanilla and the Material renderer sets (React 19, MUI 7) over toJsonSchema's
// jsonforms profile and toUiSchema (pages/jsonforms.tsx).

let browser: Browser;
let server: InteropServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serve({ '/': DIST })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SETS = ['vanilla', 'material'] as const;

describe.each((Object.keys(QUESTIONNAIRES) as QuestionnaireName[]).flatMap((name) => SETS.map((set) => [set, name] as const)))(
  'JSON Forms %s, %s',
  (set, name) => {
    test('the untouched form answers nothing: no control holds a value, the form data reads back as no answers', async () => {
      const client = await openPage(browser, server, `/jsonforms.html?q=${name}&set=${set}`);
      await screenshot(client.page, `jsonforms-${set}-${name}-untouched`);
      expect(await filledControls(client.page)).toEqual([]);
      const data = (await client.page.evaluate(() => window.__interop?.read?.())) as Record<string, unknown>;
      expect(fromFormData(data)).toEqual({});
      await client.close();
    });
  },
);
