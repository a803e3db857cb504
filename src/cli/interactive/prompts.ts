import { Prompt, TextPrompt, isCancel, wrapTextWithPrefix } from '@clack/core';
import {
  limitOptions,
  S_BAR,
  S_BAR_END,
  S_CHECKBOX_ACTIVE,
  S_CHECKBOX_INACTIVE,
  S_CHECKBOX_SELECTED,
  S_RADIO_ACTIVE,
  S_RADIO_INACTIVE,
  symbol,
} from '@clack/prompts';
import { styleText } from 'node:util';

// The question prompts of the interactive run, drawn like clack's but with three differences that matter to a
// person answering a screening: a choice list starts with nothing chosen (Enter asks again until the person moves
// to an answer), `<` goes back from every kind of prompt, and the line echoed after an answer says what was
// chosen in words ("Prefer not to answer", not the "?" typed for it).

/** What a prompt resolves to when the person typed `<`. */
export const GO_BACK = Symbol('back');
/** What a prompt resolves to when the person pressed Escape or Ctrl-C. */
export const CANCELLED = Symbol('cancelled');

/** A choice in a list: `key` is returned, `label` shown. */
export interface PromptChoice {
  readonly key: string;
  readonly label: string;
}

interface Common {
  /** The question (may hold several lines). */
  readonly message: string;
  /** Key hints under the list or field, in the person's language. */
  readonly footer: string;
  /** Whether `<` goes back. */
  readonly canGoBack: boolean;
}

type State = Prompt<unknown>['state'];
const bar = (state: State) => styleText(state === 'error' ? 'yellow' : state === 'submit' || state === 'cancel' ? 'gray' : 'cyan', S_BAR);
const barEnd = (state: State) => styleText(state === 'error' ? 'yellow' : 'cyan', S_BAR_END);

function heading(message: string, state: State): string {
  return `${styleText('gray', S_BAR)}\n${wrapTextWithPrefix(process.stdout, message, `${bar(state)}  `, `${symbol(state)}  `)}\n`;
}

function closing(prompt: { state: State; error: string }, footer: string): string {
  if (prompt.state === 'error') return `${barEnd('error')}  ${styleText('yellow', prompt.error)}\n`;
  return `${styleText('cyan', S_BAR)}  ${styleText('dim', footer)}\n${barEnd(prompt.state)}\n`;
}

function echo(message: string, state: State, answer: string): string {
  const shown = state === 'cancel' ? styleText(['strikethrough', 'dim'], answer) : styleText('dim', answer);
  return `${heading(message, state)}${styleText('gray', S_BAR)}${answer === '' ? '' : `  ${shown}`}`;
}

/** The list lines, windowed to the terminal's height around the cursor. */
function listLines(options: readonly PromptChoice[], cursor: number, state: State, top: string, style: (o: PromptChoice, i: number) => string): string {
  const indexed = options.map((o, i) => ({ ...o, i }));
  const prefix = `${bar(state)}  `;
  const lines = limitOptions({
    options: indexed,
    cursor: Math.max(cursor, 0),
    style: (o) => style(o, o.i),
    columnPadding: prefix.length,
    rowPadding: top.split('\n').length + 2,
  });
  return lines.map((l) => `${prefix}${l}`).join('\n');
}

/** Whether a keypress is `<`. */
const isBackKey = (char: string | undefined) => char === '<';

class ChoicePrompt extends Prompt<string> {
  cursor: number;

  constructor(
    readonly choices: readonly PromptChoice[],
    current: string | undefined,
    options: Common & { readonly chooseFirst: string },
  ) {
    super(
      {
        render() {
          return (this as unknown as ChoicePrompt).draw(options);
        },
        // Enter with nothing chosen asks again: the person has to move to an answer.
        validate: (value) => (value === undefined ? options.chooseFirst : undefined),
      },
      false,
    );
    this.cursor = current === undefined ? -1 : choices.findIndex((c) => c.key === current);
    if (this.cursor >= 0) this.value = current;
    this.on('cursor', (action) => {
      const n = this.choices.length;
      if (action === 'up' || action === 'left') this.cursor = this.cursor <= 0 ? n - 1 : this.cursor - 1;
      else if (action === 'down' || action === 'right') this.cursor = this.cursor < 0 || this.cursor >= n - 1 ? 0 : this.cursor + 1;
      else return;
      this.value = this.choices[this.cursor]?.key;
    });
    this.on('key', (char) => {
      if (isBackKey(char) && options.canGoBack) {
        this.value = undefined;
        this.state = 'submit';
      }
    });
  }

  draw(options: Common): string {
    const top = heading(options.message, this.state);
    if (this.state === 'submit' || this.state === 'cancel') return echo(options.message, this.state, this.choices[this.cursor]?.label ?? '');
    const list = listLines(this.choices, this.cursor, this.state, top, (o, i) =>
      i === this.cursor ? `${styleText('green', S_RADIO_ACTIVE)} ${o.label}` : `${styleText('dim', S_RADIO_INACTIVE)} ${styleText('dim', o.label)}`,
    );
    return `${top}${list}\n${closing(this, options.footer)}`;
  }
}

class ChecklistPrompt extends Prompt<string[]> {
  cursor = 0;
  backed = false;

  constructor(
    readonly choices: readonly PromptChoice[],
    current: readonly string[],
    options: Common & { readonly check: (keys: readonly string[]) => string | undefined },
  ) {
    super(
      {
        render() {
          return (this as unknown as ChecklistPrompt).draw(options);
        },
        validate: (value) => options.check(value ?? []),
      },
      false,
    );
    this.value = [...current];
    this.on('cursor', (action) => {
      const n = this.choices.length;
      if (action === 'up' || action === 'left') this.cursor = (this.cursor - 1 + n) % n;
      else if (action === 'down' || action === 'right') this.cursor = (this.cursor + 1) % n;
      else if (action === 'space') {
        const key = this.choices[this.cursor]?.key as string;
        const now = this.value ?? [];
        this.value = now.includes(key) ? now.filter((k) => k !== key) : [...now, key];
      }
    });
    this.on('key', (char) => {
      if (isBackKey(char) && options.canGoBack) {
        this.backed = true;
        this.state = 'submit';
      }
    });
  }

  draw(options: Common & { readonly none?: string }): string {
    const top = heading(options.message, this.state);
    const chosen = this.value ?? [];
    if (this.state === 'submit' || this.state === 'cancel') {
      return echo(
        options.message,
        this.state,
        this.backed
          ? ''
          : this.choices
              .filter((c) => chosen.includes(c.key))
              .map((c) => c.label)
              .join(', '),
      );
    }
    const list = listLines(this.choices, this.cursor, this.state, top, (o, i) => {
      const on = chosen.includes(o.key);
      const box = on
        ? styleText('green', S_CHECKBOX_SELECTED)
        : i === this.cursor
          ? styleText('cyan', S_CHECKBOX_ACTIVE)
          : styleText('dim', S_CHECKBOX_INACTIVE);
      return `${box} ${i === this.cursor ? o.label : styleText('dim', o.label)}`;
    });
    return `${top}${list}\n${closing(this, options.footer)}`;
  }
}

/**
 * Ask for one choice from a list that starts with nothing chosen, unless the
 * person is back at a question they answered (`current`): then their own
 * answer is where the cursor stands.
 *
 * @param choices - The choices, in order.
 * @param current - The key of the person's earlier answer, if any.
 * @param options - The question, key hints, whether `<` goes back, and what to say when Enter comes before a choice.
 * @returns The chosen key, {@link GO_BACK} or {@link CANCELLED}.
 * @example
 * ```ts
 * const key = await choose([{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], undefined, { message: 'Ready?', footer: '↑/↓ · Enter', canGoBack: false, chooseFirst: 'Choose an answer first.' });
 * ```
 */
export async function choose(
  choices: readonly PromptChoice[],
  current: string | undefined,
  options: Common & { readonly chooseFirst: string },
): Promise<string | typeof GO_BACK | typeof CANCELLED> {
  const result = await new ChoicePrompt(choices, current, options).prompt();
  if (isCancel(result)) return CANCELLED;
  return result === undefined ? GO_BACK : result;
}

/**
 * Ask for any number of choices (Space marks, Enter confirms). Nothing starts
 * marked unless the person is back at a question they answered.
 *
 * @param choices - The choices, in order.
 * @param current - The keys of the person's earlier answer.
 * @param options - The question, key hints, whether `<` goes back, and a check of the marked keys (a message refuses them).
 * @returns The marked keys, {@link GO_BACK} or {@link CANCELLED}.
 * @example
 * ```ts
 * const keys = await checklist(choices, [], { message: 'Which?', footer: 'Space · Enter', canGoBack: true, check: () => undefined });
 * ```
 */
export async function checklist(
  choices: readonly PromptChoice[],
  current: readonly string[],
  options: Common & { readonly check: (keys: readonly string[]) => string | undefined },
): Promise<readonly string[] | typeof GO_BACK | typeof CANCELLED> {
  const prompt = new ChecklistPrompt(choices, current, options);
  const result = await prompt.prompt();
  if (isCancel(result)) return CANCELLED;
  return prompt.backed ? GO_BACK : (result ?? []);
}

/**
 * Ask for a line of text. `<` alone goes back; the echo after Enter is
 * `shown(typed)`, so a typed shortcut is echoed as the words it stands for.
 *
 * @param options - The question, key hints (shown as the placeholder), the earlier answer, a check of what was typed, and the echo.
 * @returns What was typed (trimmed), {@link GO_BACK} or {@link CANCELLED}.
 * @example
 * ```ts
 * const typed = await typeLine({ message: 'Age?', footer: 'Type < to go back', canGoBack: true, initial: '', check: () => undefined, shown: (t) => t });
 * ```
 */
export async function typeLine(
  options: Common & { readonly initial: string; readonly check: (typed: string) => string | undefined; readonly shown: (typed: string) => string },
): Promise<string | typeof GO_BACK | typeof CANCELLED> {
  const prompt = new TextPrompt({
    ...(options.initial === '' ? {} : { initialValue: options.initial }),
    validate: (value) => {
      const typed = (value ?? '').trim();
      return typed === '<' && options.canGoBack ? undefined : options.check(typed);
    },
    render() {
      const state = this.state;
      const typed = (this.value ?? '').trim();
      if (state === 'submit' || state === 'cancel') return echo(options.message, state, typed === '<' ? '' : options.shown(typed));
      const field = this.userInput ? this.userInputWithCursor : `${styleText('inverse', ' ')}${styleText('dim', ` ${options.footer}`)}`;
      const end = state === 'error' ? `${barEnd('error')}  ${styleText('yellow', this.error)}` : barEnd(state);
      return `${heading(options.message, state)}${bar(state)}  ${field}\n${end}\n`;
    },
  });
  const result = await prompt.prompt();
  if (isCancel(result)) return CANCELLED;
  const typed = (result ?? '').trim();
  return typed === '<' && options.canGoBack ? GO_BACK : typed;
}
