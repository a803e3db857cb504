import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefScreen, ciwaAr, substanceUseIntake } from '../../questionnaires/index.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { ROOT } from './tsdoc-audit.js';

const DOC = readFileSync(join(ROOT, 'docs/safety-and-privacy.md'), 'utf8');
const section = DOC.slice(DOC.indexOf('## How the bundled questionnaires set urgency'), DOC.indexOf('## Crisis resources'));

/** `trigger x` / `rule y` → urgency, from the table's rows. */
function documented(): Map<string, { urgency: string; source: string }> {
  const out = new Map<string, { urgency: string; source: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | trigger or rule | urgency | raised by | source |
    if (cells.length !== 6 || !cells[1]?.includes('`')) continue;
    const [, who = '', urgency = '', , source = ''] = cells;
    let kind = '';
    for (const part of who.split(/,\s*|\s+/)) {
      if (part === 'trigger' || part === 'rule' || part === 'rules') kind = part === 'rules' ? 'rule' : part;
      const id = /^`([^`]+)`$/.exec(part)?.[1];
      if (id !== undefined) out.set(`${kind} ${id}`, { urgency, source });
    }
  }
  return out;
}

function raising(q: QuestionnaireInput): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of q.safety ?? []) out.set(`trigger ${t.id}`, t.urgency);
  for (const r of q.rules ?? []) if (r.urgency !== undefined) out.set(`rule ${r.id}`, r.urgency);
  return out;
}

describe('the urgency table in docs/safety-and-privacy.md', () => {
  const table = documented();
  const defined = new Map([...raising(substanceUseIntake), ...raising(briefScreen), ...raising(ciwaAr)]);

  it('lists every trigger and rule that raises urgency in a bundled questionnaire, and nothing else', () => {
    expect([...table.keys()].sort()).toEqual([...defined.keys()].sort());
  });

  it('gives each the urgency its definition sets, and a published source', () => {
    for (const [key, urgency] of defined) {
      expect(table.get(key)?.urgency, key).toBe(urgency);
      expect(table.get(key)?.source.length, key).toBeGreaterThan(20);
    }
  });
});
