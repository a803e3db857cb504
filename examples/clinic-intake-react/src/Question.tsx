import { useId, useState } from 'react';
import { type AnswerValue, localize, PREFER_NOT_TO_ANSWER } from 'intake-screening';
import type { IntakeItemState } from 'intake-screening/react';
import { words } from './words.js';

interface Props {
  readonly shown: IntakeItemState;
  readonly locale: string;
  readonly onAnswer: (value: AnswerValue | null) => void;
}

/** One question drawn from `useIntake`'s state: its control by kind, its answer, and the error beside it. */
export function Question({ shown, locale, onAnswer }: Props) {
  const { item, answer, error } = shown;
  const id = useId();
  const t = words(locale);
  const [typed, setTyped] = useState(answer === undefined ? '' : String(answer));
  const errorId = `${id}-error`;
  const errorText =
    error === undefined ? null : (
      <p id={errorId} className="error">
        {t('errorPrefix')} {error}
      </p>
    );
  const invalid = error === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': errorId };
  const question = `${localize(item.text, locale)}${'required' in item && item.required === true ? ` ${t('required')}` : ''}`;

  if (item.kind === 'display') return <p data-item={item.id}>{localize(item.text, locale)}</p>;

  if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
    const commit = () => {
      const text = typed.trim();
      onAnswer(text === '' ? null : item.kind === 'number' ? Number(text) : text);
    };
    return (
      <div data-item={item.id}>
        <label className="question" htmlFor={id}>
          {question}
        </label>
        <input
          id={id}
          type={item.kind === 'number' ? 'number' : item.kind === 'date' ? 'date' : 'text'}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commit}
          {...invalid}
        />
        {errorText}
      </div>
    );
  }

  const choices: { value: AnswerValue; label: string }[] =
    item.kind === 'boolean'
      ? [
          { value: true, label: t('yes') },
          { value: false, label: t('no') },
        ]
      : item.options.map((o) => ({ value: o.value, label: localize(o.text, locale) }));
  if (item.preferNotToAnswer === true) choices.push({ value: PREFER_NOT_TO_ANSWER, label: t('preferNot') });
  const multi = item.kind === 'multi';
  const chosen = (value: AnswerValue) => answer === value || (multi && Array.isArray(answer) && answer.includes(value as string));
  const toggle = (value: AnswerValue, on: boolean) => {
    if (!multi) return onAnswer(value);
    // "Prefer not to answer" is an answer of its own, never one of a list.
    if (value === PREFER_NOT_TO_ANSWER) return onAnswer(on ? value : null);
    const exclusive = (v: AnswerValue) => item.options.some((o) => o.value === v && o.exclusive === true);
    const before = Array.isArray(answer) ? (answer as string[]) : [];
    const after = on ? (exclusive(value) ? [value as string] : [...before.filter((v) => !exclusive(v)), value as string]) : before.filter((v) => v !== value);
    onAnswer(after.length === 0 ? null : after);
  };
  return (
    <fieldset data-item={item.id} {...invalid}>
      <legend>{question}</legend>
      {choices.map((c) => (
        <label key={String(c.value)} className="option">
          <input
            type={multi ? 'checkbox' : 'radio'}
            name={multi ? undefined : id}
            checked={chosen(c.value)}
            onChange={(e) => toggle(c.value, e.target.checked)}
          />{' '}
          {c.label}
        </label>
      ))}
      {errorText}
    </fieldset>
  );
}
