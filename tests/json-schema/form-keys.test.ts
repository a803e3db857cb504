import { describe, expect, it } from 'vitest';
import { fromFormData, formKey, toFormData } from '../../src/json-schema/index.js';

describe('form keys', () => {
  it('replaces every dot and nothing else', () => {
    expect(formKey('phq9.q9')).toBe('phq9:q9');
    expect(formKey('a.b.c-d_e')).toBe('a:b:c-d_e');
    expect(formKey('plain')).toBe('plain');
  });

  it('round-trips answers, values untouched', () => {
    const answers = { 'use.route': 'injection', 'use.kinds': ['heroin'], 'about.age': 30, plain: true };
    const data = toFormData(answers);
    expect(Object.keys(data)).toEqual(['use:route', 'use:kinds', 'about:age', 'plain']);
    expect(data['use:kinds']).toBe(answers['use.kinds']);
    expect(fromFormData(data)).toEqual(answers);
  });

  it('keeps a "__proto__" key as data, never as the prototype', () => {
    const data = fromFormData(JSON.parse('{"__proto__": {"polluted": true}, "a:b": 1}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(data['a.b']).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
