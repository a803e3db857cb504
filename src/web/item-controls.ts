import { type AnswerableItem, type Item, type ItemKind, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import type { AnswerValue } from '../definition/types.js';
import { h, uniqueId } from './dom.js';
import type { Wording } from './wording.js';

/** What a control needs from the form: the wording, and sending answers to the flow. */
export interface ControlHost {
  readonly w: Wording;
  /** Send ANSWER (null clears). Returns true when the flow accepted it. */
  answer(itemId: string, value: AnswerValue | null): boolean;
  /** The browser could not read what was typed (letters in a number field, half a date). */
  unreadable(itemId: string): void;
}

/** One item on screen. */
export interface ItemControl {
  readonly item: Item;
  readonly element: HTMLElement;
  /**
   * Show the stored answer. `draft` is true while the field holds something
   * the flow refused, which stays on screen so the person can correct it.
   */
  show(answer: AnswerValue | undefined, draft: boolean): void;
  /** Send what a typed field holds (before NEXT, in case no change event fired). */
  commit(): void;
  focus(): void;
  setError(message: string | undefined): void;
  /** What a typed field holds, as typed (undefined for choices). */
  typed(): string | undefined;
  /** Put back what was typed, after the control was redrawn. */
  retype(text: string): void;
  /**
   * Show only these option values (and "Prefer not to answer"); every option
   * when undefined. An item with `optionsFrom` offers only what the person
   * chose in an earlier item: `describeIntake` gives those options.
   */
  offer?(values: ReadonlySet<AnswerValue> | undefined): void;
}

/** Hide the option rows whose value is not offered now. */
function offerRows(rows: readonly { readonly row: HTMLElement; readonly value: AnswerValue }[], values: ReadonlySet<AnswerValue> | undefined): void {
  for (const r of rows) r.row.hidden = values !== undefined && r.value !== PREFER_NOT_TO_ANSWER && !values.has(r.value);
}

const NOT_TYPED = { typed: () => undefined, retype: () => undefined } as const;

interface Frame {
  readonly fieldset: HTMLFieldSetElement;
  readonly body: HTMLElement;
  /** Ids of the help and error text, for a field's aria-describedby. */
  describedBy(): string;
  setError(message: string | undefined): void;
  readonly labelId: string;
}

// Every answerable item is a fieldset whose legend is the question, so each
// "Prefer not to answer" is announced with the question it belongs to.
function frame(item: AnswerableItem, w: Wording, extraHint?: string): Frame {
  const labelId = uniqueId('question');
  const helpId = uniqueId('help');
  const errorId = uniqueId('error');
  const help =
    item.help === undefined && extraHint === undefined
      ? null
      : h('p', { id: helpId, class: 'help', part: 'help' }, [
          item.help === undefined ? null : w.l(item.help),
          item.help !== undefined && extraHint !== undefined ? ' ' : null,
          extraHint ?? null,
        ]);
  const errorText = h('span');
  const error = h(
    'p',
    { id: errorId, class: 'error', part: 'error', hidden: true },
    h('span', { class: 'visually-hidden' }, `${w.t('errorPrefix')} `),
    errorText,
  );
  const body = h('div', { class: 'answers' });
  const legend = h(
    'legend',
    { id: labelId, class: 'question', part: 'question' },
    w.l(item.text),
    item.required ? h('span', { class: 'required' }, ` ${w.t('required')}`) : null,
  );
  const fieldset = h('fieldset', { class: 'item', part: 'item', 'data-item': item.id, 'data-kind': item.kind }, legend, help, error, body);
  const describedBy = () => [help ? helpId : null, error.hidden ? null : errorId].filter((x) => x !== null).join(' ');
  const sync = () => {
    const ids = describedBy();
    if (ids) fieldset.setAttribute('aria-describedby', ids);
    else fieldset.removeAttribute('aria-describedby');
  };
  sync();
  return {
    fieldset,
    body,
    labelId,
    describedBy,
    setError(message) {
      errorText.textContent = message ?? '';
      error.hidden = message === undefined;
      fieldset.classList.toggle('has-error', message !== undefined);
      sync();
    },
  };
}

interface Choice {
  readonly text: string;
  readonly value: AnswerValue;
}

function withDecline(item: AnswerableItem, choices: readonly Choice[], w: Wording): readonly Choice[] {
  return item.preferNotToAnswer ? [...choices, { text: w.t('preferNot'), value: PREFER_NOT_TO_ANSWER }] : choices;
}

/** single, boolean and scale: a radio group; "Prefer not to answer" is one more radio. */
function radioControl(item: AnswerableItem, choices: readonly Choice[], host: ControlHost): ItemControl {
  const f = frame(item, host.w);
  const name = uniqueId('answer');
  const radios = withDecline(item, choices, host.w).map((choice) => {
    const id = uniqueId('option');
    const input = h('input', { type: 'radio', name, id, value: String(choice.value) });
    input.addEventListener('change', () => {
      if (input.checked) host.answer(item.id, choice.value);
    });
    const row = h(
      'div',
      { class: choice.value === PREFER_NOT_TO_ANSWER ? 'option decline' : 'option', part: 'option' },
      input,
      h('label', { for: id }, choice.text),
    );
    f.body.append(row);
    return { input, choice, row, value: choice.value };
  });
  return {
    item,
    element: f.fieldset,
    show(answer) {
      for (const r of radios) r.input.checked = answer !== undefined && r.choice.value === answer;
    },
    commit() {},
    focus() {
      (radios.find((r) => r.input.checked) ?? radios.find((r) => !r.row.hidden))?.input.focus();
    },
    setError: f.setError,
    offer: (values) => offerRows(radios, values),
    ...NOT_TYPED,
  };
}

/** multi: checkboxes; an exclusive option ("none of these") and "Prefer not to answer" clear the others. */
function multiControl(item: Extract<Item, { kind: 'multi' }>, host: ControlHost): ItemControl {
  const f = frame(item, host.w);
  let current: AnswerValue | undefined;
  const boxes = withDecline(
    item,
    item.options.map((o) => ({ text: host.w.l(o.text), value: o.value })),
    host.w,
  ).map((choice) => {
    const id = uniqueId('option');
    const value = choice.value as string;
    const exclusive = value === PREFER_NOT_TO_ANSWER || item.options.some((o) => o.value === value && o.exclusive === true);
    const input = h('input', { type: 'checkbox', id, value });
    input.addEventListener('change', () => {
      const chosen = Array.isArray(current) ? (current as readonly string[]) : [];
      let next: AnswerValue | null;
      if (input.checked) {
        if (value === PREFER_NOT_TO_ANSWER) next = PREFER_NOT_TO_ANSWER;
        else if (exclusive) next = [value];
        else next = [...chosen.filter((v) => !item.options.some((o) => o.value === v && o.exclusive === true)), value];
      } else if (value === PREFER_NOT_TO_ANSWER) next = null;
      else {
        const kept = chosen.filter((v) => v !== value);
        next = kept.length > 0 ? kept : null;
      }
      host.answer(item.id, next);
    });
    const row = h('div', { class: exclusive ? 'option decline' : 'option', part: 'option' }, input, h('label', { for: id }, choice.text));
    f.body.append(row);
    return { input, value, row };
  });
  return {
    item,
    element: f.fieldset,
    show(answer) {
      current = answer;
      for (const b of boxes) b.input.checked = answer === b.value || (Array.isArray(answer) && answer.includes(b.value));
    },
    commit() {},
    focus() {
      boxes.find((b) => !b.row.hidden)?.input.focus();
    },
    setError: f.setError,
    offer: (values) => offerRows(boxes, values),
    ...NOT_TYPED,
  };
}

type Reading = { readonly kind: 'empty' } | { readonly kind: 'value'; readonly value: AnswerValue } | { readonly kind: 'unreadable' };

interface Field {
  readonly element: HTMLInputElement | HTMLTextAreaElement;
  read(): Reading;
  write(answer: AnswerValue | undefined): void;
  /** Shown after the field, e.g. a unit. */
  readonly after?: HTMLElement;
}

/** number, text and date: one field, plus a "Prefer not to answer" checkbox when offered. */
function fieldControl(item: AnswerableItem, field: Field, host: ControlHost): ItemControl {
  const f = frame(item, host.w, host.w.inputHint(item));
  const input = field.element;
  input.id = uniqueId('field');
  input.setAttribute('aria-labelledby', f.labelId);
  let current: AnswerValue | undefined;
  let decline: HTMLInputElement | undefined;
  const describe = () => {
    const ids = [f.describedBy(), field.after?.id].filter((x) => x !== undefined && x !== '').join(' ');
    if (ids) input.setAttribute('aria-describedby', ids);
    else input.removeAttribute('aria-describedby');
  };
  const commit = () => {
    if (decline?.checked) return;
    const reading = field.read();
    if (reading.kind === 'unreadable') host.unreadable(item.id);
    else if (reading.kind === 'empty') {
      if (current !== undefined) host.answer(item.id, null);
    } else if (reading.value !== current) host.answer(item.id, reading.value);
  };
  input.addEventListener('change', commit);
  input.setAttribute('part', 'field');
  f.body.append(h('div', { class: 'field' }, input, field.after ?? null));
  if (item.preferNotToAnswer) {
    const id = uniqueId('option');
    const box = h('input', { type: 'checkbox', id });
    box.addEventListener('change', () => {
      host.answer(item.id, box.checked ? PREFER_NOT_TO_ANSWER : null);
      if (!box.checked) input.focus();
    });
    decline = box;
    f.body.append(h('div', { class: 'option decline', part: 'option' }, box, h('label', { for: id }, host.w.t('preferNot'))));
  }
  describe();
  return {
    item,
    element: f.fieldset,
    show(answer, draft) {
      current = answer;
      const declined = answer === PREFER_NOT_TO_ANSWER;
      if (decline) decline.checked = declined;
      input.disabled = declined;
      if (declined) input.value = '';
      else if (!draft) field.write(answer);
      input.setAttribute('aria-invalid', draft ? 'true' : 'false');
    },
    commit,
    focus() {
      (input.disabled ? decline : input)?.focus();
    },
    setError(message) {
      f.setError(message);
      describe();
    },
    typed: () => input.value,
    retype(text) {
      input.value = text;
    },
  };
}

function numberField(item: Extract<Item, { kind: 'number' }>, w: Wording): Field {
  const element = h('input', {
    type: 'number',
    inputmode: item.integer ? 'numeric' : 'decimal',
    min: item.min,
    max: item.max,
    step: item.integer ? 1 : 'any',
    class: 'number',
  });
  const after = item.unit === undefined ? undefined : h('span', { class: 'unit', id: uniqueId('unit') }, w.l(item.unit));
  return {
    element,
    ...(after ? { after } : {}),
    read() {
      if (element.validity.badInput) return { kind: 'unreadable' };
      const raw = element.value.trim();
      if (raw === '') return { kind: 'empty' };
      const value = Number(raw);
      return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'unreadable' };
    },
    write(answer) {
      element.value = typeof answer === 'number' ? String(answer) : '';
    },
  };
}

function textField(item: Extract<Item, { kind: 'text' }>): Field {
  const maxlength = item.maxLength ?? 500;
  const element = item.multiline ? h('textarea', { maxlength, rows: 4 }) : h('input', { type: 'text', maxlength, autocomplete: 'off' });
  return {
    element,
    read() {
      const value = element.value.trim();
      return value === '' ? { kind: 'empty' } : { kind: 'value', value };
    },
    write(answer) {
      element.value = typeof answer === 'string' ? answer : '';
    },
  };
}

function dateField(item: Extract<Item, { kind: 'date' }>): Field {
  const element = h('input', { type: 'date', min: item.min, max: item.max });
  return {
    element,
    read() {
      if (element.validity.badInput) return { kind: 'unreadable' };
      return element.value === '' ? { kind: 'empty' } : { kind: 'value', value: element.value };
    },
    write(answer) {
      element.value = typeof answer === 'string' ? answer : '';
    },
  };
}

type Builders = { readonly [K in ItemKind]: (item: Extract<Item, { kind: K }>, host: ControlHost) => ItemControl };

/** One builder per item kind; a new kind in the library is a compile error here until it is drawn. */
const BUILDERS: Builders = {
  single: (item, host) =>
    radioControl(
      item,
      item.options.map((o) => ({ text: host.w.l(o.text), value: o.value })),
      host,
    ),
  multi: (item, host) => multiControl(item, host),
  boolean: (item, host) =>
    radioControl(
      item,
      [
        { text: host.w.t('yes'), value: true },
        { text: host.w.t('no'), value: false },
      ],
      host,
    ),
  scale: (item, host) =>
    radioControl(
      item,
      item.options.map((o) => ({ text: host.w.l(o.text), value: o.value })),
      host,
    ),
  number: (item, host) => fieldControl(item, numberField(item, host.w), host),
  text: (item, host) => fieldControl(item, textField(item), host),
  date: (item, host) => fieldControl(item, dateField(item), host),
  display: (item, host) => {
    const element = h(
      'div',
      { class: 'display', 'data-item': item.id, 'data-kind': 'display' },
      h('p', {}, host.w.l(item.text)),
      item.help === undefined ? null : h('p', { class: 'help' }, host.w.l(item.help)),
    );
    return { item, element, show() {}, commit() {}, focus() {}, setError() {}, ...NOT_TYPED };
  },
};

/** Draw an item as form controls: one builder per kind, labelled by the question, described by hints and errors. */
export function itemControl(item: Item, host: ControlHost): ItemControl {
  return (BUILDERS[item.kind] as (item: Item, host: ControlHost) => ItemControl)(item, host);
}
