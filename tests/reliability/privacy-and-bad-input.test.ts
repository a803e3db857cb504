import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { createActor } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse, toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { resumeIntakeSnapshot } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { nestedGroupsFhir, twoBackDefinition } from '../../bench/shapes/attack-shapes.js';
import type { Questionnaire } from '../../src/definition/types.js';

const MARKER = 'MARKER-9d41-private-answer';
// Read before the I/O traps below are set.
const sample = JSON.parse(fs.readFileSync(new URL('../../examples/answers/01-grief-outpatient.json', import.meta.url), 'utf8')) as {
  answers: Record<string, unknown>;
};

function thrown(fn: () => unknown): QuestionnaireError {
  try {
    fn();
  } catch (e) {
    if (e instanceof QuestionnaireError) return e;
    throw e;
  }
  throw new Error('expected a QuestionnaireError');
}

const noMarker = (e: QuestionnaireError) => {
  expect(e.message).not.toContain(MARKER);
  expect(JSON.stringify(e.issues)).not.toContain(MARKER);
};

describe('privacy: no message or issue carries an answer value', () => {
  it('summarize refuses invalid answers without quoting them', () => {
    const e = thrown(() =>
      summarize(substanceUseIntake, {
        'substance.used': [MARKER],
        'substance.main': MARKER,
        'motivation.other': `${MARKER}${'x'.repeat(400)}`,
        'phq9.q1': MARKER,
        'phq9.q99': MARKER,
      } as Record<string, unknown>),
    );
    expect(e.issues.length).toBeGreaterThanOrEqual(5);
    noMarker(e);
    // An unknown key is named, so a typo can be fixed; its value is not.
    expect(e.issues.find((i) => i.code === 'unknown-item')?.itemId).toBe('phq9.q99');
  });

  it('resolveAnswers issues name items, not values', () => {
    const { issues } = resolveAnswers(briefScreen, { 'phq9.q1': MARKER, 'asq.q1': [MARKER], 'living.transport': { x: MARKER } });
    expect(issues).toHaveLength(3);
    expect(JSON.stringify(issues)).not.toContain(MARKER);
  });

  it('a hand-edited snapshot with marker values resumes with dropped-answer issues that do not quote them', () => {
    const machine = createIntakeMachine(briefScreen);
    // As entries, and as the answers object that snapshots of earlier builds hold.
    for (const stored of [
      {
        answerEntries: [
          ['phq9.q1', MARKER],
          ['gone.item', MARKER],
        ],
      },
      { answers: { 'phq9.q1': MARKER, 'gone.item': MARKER } },
    ]) {
      const saved = JSON.parse(JSON.stringify(createActor(machine).start().getPersistedSnapshot()));
      delete saved.context.answerEntries;
      Object.assign(saved.context, stored);
      const snap = resumeIntakeSnapshot(machine, saved);
      expect(snap.context.issues.map((i) => i.code)).toEqual(['answer-dropped', 'answer-dropped']);
      expect(JSON.stringify(snap.context.issues)).not.toContain(MARKER);
    }
  });

  it('FHIR response export and import refuse bad answers without quoting them', () => {
    noMarker(thrown(() => toFhirQuestionnaireResponse(briefScreen, { 'phq9.q1': MARKER })));
    const imported = fromFhirQuestionnaireResponse(briefScreen, {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{ linkId: 'phq9.q1', answer: [{ valueString: MARKER }] }],
    });
    expect(JSON.stringify(imported.issues)).not.toContain(MARKER);
  });
});

describe('bad input gets a typed error, never a crash, and pollutes no prototype', () => {
  const hostile = [
    JSON.parse(`{"__proto__": {"polluted": "${MARKER}"}, "phq9.q1": 1}`),
    JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
    { prototype: 1 },
    Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown.${i}`, i])),
    { 'phq9.q1': Number.NaN, 'phq9.q2': Number.POSITIVE_INFINITY, 'asq.q1': 99 },
    { 'asq.q4.how-when': 'x'.repeat(1_000_000) },
    [],
    null,
    'answers',
  ];

  it.each(hostile.map((h, i) => [i, h]))('summarize: hostile answers #%s', (_i, answers) => {
    const e = thrown(() => summarize(briefScreen, answers));
    expect(e.issues.length).toBeGreaterThan(0);
    for (const i of e.issues) expect(typeof i.code).toBe('string');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parseQuestionnaire: truncated, deeply nested and polluting definitions', () => {
    const text = JSON.stringify(briefScreen);
    expect(() => JSON.parse(text.slice(0, text.length / 2))).toThrow(SyntaxError);
    let deep: unknown = { answered: 'phq9.q1' };
    for (let i = 0; i < 10_000; i++) deep = { not: deep };
    const nested = structuredClone(briefScreen) as unknown as { sections: { when?: unknown }[] };
    (nested.sections[1] as { when?: unknown }).when = deep;
    expect(thrown(() => parseQuestionnaire(nested)).code).toBe('invalid-definition');
    expect(thrown(() => parseQuestionnaire(JSON.parse('{"id":"x","__proto__":{"polluted":1}}'))).code).toBe('reserved-id');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fromFhirQuestionnaire: deep nesting, wrong types and polluting keys', () => {
    let item: Record<string, unknown> = { linkId: 'leaf', type: 'boolean', text: 'Leaf' };
    for (let i = 0; i < 5_000; i++) item = { linkId: `g${i}`, type: 'group', text: 'G', item: [item] };
    expect(thrown(() => fromFhirQuestionnaire({ resourceType: 'Questionnaire', status: 'draft', item: [item] })).issues.length).toBeGreaterThan(0);
    expect(
      thrown(() => fromFhirQuestionnaire(JSON.parse('{"resourceType":"Questionnaire","status":"draft","__proto__":{"polluted":1}}'))).issues.length,
    ).toBeGreaterThan(0);
    expect(thrown(() => fromFhirQuestionnaire({ resourceType: 'Questionnaire', status: 'draft', item: 'nope' })).issues.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile but valid input costs no more than its size (issue 18)', () => {
  it('a score that reads itself through its cut-offs: a cycle issue, not a stack overflow', () => {
    const def = structuredClone(briefScreen) as unknown as { scores: { id: string; cutoffs: { gte: number; when?: unknown }[] }[] };
    const score = def.scores[0] as { id: string; cutoffs: { gte: number; when?: unknown }[] };
    score.cutoffs = [{ gte: 1, when: { positive: score.id } }];
    expect(thrown(() => parseQuestionnaire(def)).issues.map((i) => i.code)).toContain('cycle');
  });

  it('a UI schema whose visibility guards would explode: a too-large issue, not a stack overflow', () => {
    const { issues } = toUiSchema(parseQuestionnaire(twoBackDefinition(200)));
    expect(issues.some((i) => i.code === 'too-large')).toBe(true);
  });

  it('a FHIR Questionnaire whose nested group conditions would pass the limit: too-large', () => {
    expect(thrown(() => fromFhirQuestionnaire(nestedGroupsFhir(25, 1, 60, 16))).code).toBe('too-large');
  });

  it('definition text with terminal sequences, bidi overrides and zero-width characters: summarized, rendered inert', () => {
    const typed = `\u001b]0;t\u0007\u009b2J\u202e\u200bx`;
    const def = structuredClone(briefScreen) as unknown as { title: Record<string, string> };
    def.title = { en: `Intake ${typed}`, es: `Entrevista ${typed}` };
    const summary = summarize(parseQuestionnaire(def), {});
    for (const format of ['text', 'markdown'] as const) {
      const out = renderSummary(summary, { format, audience: 'clinician' });
      expect(out).toContain('2J');
      // eslint-disable-next-line no-control-regex -- the characters under test
      expect(out).not.toMatch(/[\u001b\u0007\u009b\u202e\u200b]/u);
    }
  });
});

describe('no network and no file writes at run time', () => {
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  const trap = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = target[key];
    (target as Record<string, unknown>)[key] = (..._args: unknown[]) => {
      calls.push(label);
      throw new Error(`${label} called`);
    };
    restore.push(() => {
      (target as Record<string, unknown>)[key] = original;
    });
  };

  beforeAll(() => {
    trap(globalThis, 'fetch', 'fetch');
    trap(http, 'request', 'http.request');
    trap(https, 'request', 'https.request');
    trap(net, 'connect', 'net.connect');
    trap(net.Socket.prototype, 'connect', 'socket.connect');
    trap(fs, 'writeFileSync', 'fs.writeFileSync');
    trap(fs, 'writeFile', 'fs.writeFile');
    trap(fs, 'appendFileSync', 'fs.appendFileSync');
    trap(fs, 'openSync', 'fs.openSync');
  });
  afterAll(() => {
    for (const r of restore) r();
  });

  it('a whole intake, its summary, renderers and every export run without touching either', () => {
    const { answers } = sample;
    const actor = createActor(createIntakeMachine<Questionnaire>(substanceUseIntake)).start();
    for (const [itemId, value] of Object.entries(answers)) actor.send({ type: 'ANSWER', itemId, value });
    const s = summarize(substanceUseIntake, resolveAnswers(substanceUseIntake, answers).answers);
    renderSummary(s, { format: 'markdown', audience: 'clinician' });
    renderSummary(s, { format: 'text', audience: 'patient' });
    toJsonSchema(substanceUseIntake);
    toUiSchema(substanceUseIntake, { keys: 'form' });
    const fhir = toFhirQuestionnaire(substanceUseIntake).resource;
    toFhirQuestionnaireResponse(substanceUseIntake, resolveAnswers(substanceUseIntake, answers).answers);
    fromFhirQuestionnaire(fhir);
    expect(calls).toEqual([]);
  });
});
