import { PREFER_NOT_TO_ANSWER } from '../../definition/item.js';
import { localize as localizeRaw } from '../../definition/text.js';
import { terminalText } from '../../summary/safe-text.js';
import type { AnswerValue, AnswerableItemsOf, Questionnaire } from '../../definition/types.js';
import { CANCELLED, checklist, choose, GO_BACK, type PromptChoice, typeLine } from './prompts.js';
import { ui } from './ui-text.js';

/** Definition texts reach the terminal with nothing it would act on (see terminalText). */
const localize: typeof localizeRaw = (text, locale) => terminalText(localizeRaw(text, locale));

/** A question of a validated (read-only) questionnaire. */
export type Question = AnswerableItemsOf<Questionnaire>;

/** What the person did at one question. */
export type ItemAction = { readonly kind: 'answer'; readonly value: AnswerValue | null } | { readonly kind: 'back' } | { readonly kind: 'cancel' };

/** How a question is framed: the line above it, its current answer, and whether `<` goes back. */
export interface AskContext {
  readonly locale: string;
  /** Shown above the question, e.g. "Mood over the last 2 weeks · 40% done". */
  readonly heading: string;
  readonly current: AnswerValue | undefined;
  readonly canGoBack: boolean;
}

const DECLINE = 'decline';
const SKIP = 'skip';
const option = (i: number) => `opt:${i}`;
const CANCEL: ItemAction = { kind: 'cancel' };
const BACK: ItemAction = { kind: 'back' };

function message(item: Question, ctx: AskContext): string {
  const help = item.help ? `\n${localize(item.help, ctx.locale)}` : '';
  return `${ctx.heading}\n${localize(item.text, ctx.locale)}${help}`;
}

function footer(keys: 'selectKeys' | 'multiKeys', ctx: AskContext): string {
  return [ui(keys, ctx.locale), ...(ctx.canGoBack ? [ui('backKey', ctx.locale)] : [])].join(' · ');
}

/** The choices of a single, multi, scale or boolean item, as [key, value, label], in the order shown. */
function choices(item: Question, ctx: AskContext): [string, AnswerValue, string][] {
  const { locale } = ctx;
  switch (item.kind) {
    case 'single':
    case 'multi':
    case 'scale':
      // The item as the flow's view gives it: an item with optionsFrom holds only the options chosen earlier.
      return item.options.map((o, i): [string, AnswerValue, string] => [option(i), o.value, localize(o.text, locale)]);
    case 'boolean':
      return [
        [option(0), true, ui('yes', locale)],
        [option(1), false, ui('no', locale)],
      ];
    default:
      return [];
  }
}

/** "Prefer not to answer" where offered; "skip" only for optional items that offer no decline. */
function extras(item: Question, locale: string, multi: boolean): PromptChoice[] {
  return [
    ...(item.preferNotToAnswer ? [{ key: DECLINE, label: ui('decline', locale) }] : []),
    // In a checklist, leaving every box empty already skips an optional question.
    ...(!multi && !item.required && !item.preferNotToAnswer ? [{ key: SKIP, label: ui('skip', locale) }] : []),
  ];
}

function fromKey(key: string, table: [string, AnswerValue, string][]): ItemAction {
  if (key === DECLINE) return { kind: 'answer', value: PREFER_NOT_TO_ANSWER };
  if (key === SKIP) return { kind: 'answer', value: null };
  const found = table.find(([k]) => k === key);
  return { kind: 'answer', value: found ? found[1] : null };
}

async function askChoice(item: Question, ctx: AskContext): Promise<ItemAction> {
  const table = choices(item, ctx);
  const current = ctx.current === PREFER_NOT_TO_ANSWER ? DECLINE : table.find(([, v]) => v === ctx.current)?.[0];
  const picked = await choose([...table.map(([key, , label]) => ({ key, label })), ...extras(item, ctx.locale, false)], current, {
    message: message(item, ctx),
    footer: footer('selectKeys', ctx),
    canGoBack: ctx.canGoBack,
    chooseFirst: ui('chooseFirst', ctx.locale),
  });
  if (picked === CANCELLED) return CANCEL;
  return picked === GO_BACK ? BACK : fromKey(picked, table);
}

async function askMulti(item: Question, ctx: AskContext): Promise<ItemAction> {
  const table = choices(item, ctx);
  const current = Array.isArray(ctx.current) ? (ctx.current as readonly string[]) : [];
  const marked = ctx.current === PREFER_NOT_TO_ANSWER ? [DECLINE] : table.filter(([, v]) => current.includes(v as string)).map(([k]) => k);
  const picked = await checklist([...table.map(([key, , label]) => ({ key, label })), ...extras(item, ctx.locale, true)], marked, {
    message: message(item, ctx),
    footer: footer('multiKeys', ctx),
    canGoBack: ctx.canGoBack,
    check: (keys) => {
      if (keys.length === 0 && item.required === true) return ui('chooseOne', ctx.locale);
      if (keys.includes(DECLINE) && keys.length > 1) return ui('declineAlone', ctx.locale);
      return undefined;
    },
  });
  if (picked === CANCELLED) return CANCEL;
  if (picked === GO_BACK) return BACK;
  if (picked.includes(DECLINE)) return { kind: 'answer', value: PREFER_NOT_TO_ANSWER };
  const values = table.filter(([k]) => picked.includes(k)).map(([, v]) => v as string);
  return { kind: 'answer', value: values.length === 0 ? null : values };
}

function parseFree(item: Question, raw: string): AnswerValue {
  return item.kind === 'number' ? Number(raw.replace(',', '.')) : raw;
}

function freeProblem(item: Question, raw: string, ctx: AskContext): string | undefined {
  if (raw === '<') return ui('firstQuestion', ctx.locale);
  if (raw === '?' && item.preferNotToAnswer) return undefined;
  if (raw === '' && item.required) return ui('needsAnswer', ctx.locale);
  if (item.kind === 'number' && raw !== '' && !Number.isFinite(Number(raw.replace(',', '.')))) return ui('notANumber', ctx.locale);
  if (item.kind === 'date' && raw !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return ui('notADate', ctx.locale);
  return undefined;
}

async function askFree(item: Question, ctx: AskContext): Promise<ItemAction> {
  const keys = [
    ...(ctx.canGoBack ? [ui('textKeys', ctx.locale)] : []),
    ...(item.preferNotToAnswer ? [ui('textDecline', ctx.locale)] : []),
    ...(!item.required ? [ui('textSkip', ctx.locale)] : []),
  ];
  const declined = (typed: string) => typed === '?' && item.preferNotToAnswer === true;
  const typed = await typeLine({
    message: message(item, ctx),
    footer: keys.join(', '),
    canGoBack: ctx.canGoBack,
    // A resumed answer is shown as the terminal will print it; keeping it unchanged keeps what the person sees.
    initial: ctx.current === undefined || ctx.current === PREFER_NOT_TO_ANSWER ? '' : terminalText(String(ctx.current)),
    check: (raw) => freeProblem(item, raw, ctx),
    // The person typed "?", and reads back what it means.
    shown: (raw) => (declined(raw) ? ui('decline', ctx.locale) : raw === '' ? ui('skipped', ctx.locale) : terminalText(raw)),
  });
  if (typed === CANCELLED) return CANCEL;
  if (typed === GO_BACK) return BACK;
  if (declined(typed)) return { kind: 'answer', value: PREFER_NOT_TO_ANSWER };
  return { kind: 'answer', value: typed === '' ? null : parseFree(item, typed) };
}

/**
 * Ask one question: a list for single, scale and yes/no items (nothing
 * chosen until the person moves to an answer), a checklist for multi items, a
 * line of text for number, text and date items. "Prefer not to answer" is
 * offered where the item allows it, and `<` goes to the previous question from
 * every kind.
 *
 * @param item - The question.
 * @param ctx - Locale, heading, current answer, whether `<` goes back.
 * @returns The answer (null clears it), back, or cancel (Ctrl-C or Escape).
 * @example
 * ```ts
 * const action = await askItem(item, { locale: 'en', heading: 'Mood · 10% done', current: undefined, canGoBack: false });
 * ```
 */
export async function askItem(item: Question, ctx: AskContext): Promise<ItemAction> {
  switch (item.kind) {
    case 'single':
    case 'scale':
    case 'boolean':
      return askChoice(item, ctx);
    case 'multi':
      return askMulti(item, ctx);
    case 'number':
    case 'text':
    case 'date':
      return askFree(item, ctx);
  }
}
