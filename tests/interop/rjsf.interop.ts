import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromFormData } from '../../src/json-schema/index.js';
import { filledControls, launchChromium, openPage, screenshot } from './harness/browser.js';
import { QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';
import { DIST } from './harness/paths.js';
import { type InteropServer, serve } from './harness/server.js';

// react-jsonschema-form 6.11 (core theme, validator-ajv8 with Ajv2020) over toJsonSchema's rjsf profile and
// toRjsfUiSchema (pages/rjsf.tsx).

let browser: Browser;
let server: InteropServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serve({ '/': DIST })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(Object.keys(QUESTIONNAIRES) as QuestionnaireName[])('RJSF, %s', (name) => {
  test('the untouched form answers nothing: no control holds a value, the form data reads back as no answers', async () => {
    const client = await openPage(browser, server, `/rjsf.html?q=${name}`);
    await screenshot(client.page, `rjsf-${name}-untouched`);
    expect(await filledControls(client.page)).toEqual([]);
    const data = (await client.page.evaluate(() => window.__interop?.read?.())) as Record<string, unknown>;
    expect(fromFormData(data)).toEqual({});
    await client.close();
  });
});
