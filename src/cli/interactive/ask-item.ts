import { isCancel, log, multiselect, S_BAR, select, text } from '@clack/prompts';
import { PREFER_NOT_TO_ANSWER } from '../../definition/item.js';
import { localize as localizeRaw } from '../../definition/text.js';
import { terminalText } from '../../summary/safe-text.js';
import type { AnswerValue, AnswerableItemsOf, QuestionnaireInput } from '../../definition/types.js';

/** Definition texts reach the terminal with nothing it would act on (see terminalText). */
const localize: typeof localizeRaw = (text, locale) => terminalText(localizeRaw(text, locale));

/** A question of a validated (read-only) questionnaire. */
export type Question = AnswerableItemsOf<QuestionnaireInput>;
import { clackSpeaks, ui } from './ui-text.js';

/** What the person did at one question. */
export type ItemAction =
  | { readonly kind: 'answer'; readonly value: AnswerValue | null }
  | { readonly kind: 'back' }
  | { readonly kind: 'cancel' };

/** How a question is framed: its position, its current answer, and whether Back is offered. */
export interface AskContext {
  readonly locale: string;
  /** Shown above the question, e.g. "Question 2 of 7". */
  readonly position: string;
  readonly current: AnswerValue | undefined;
  readonly canGoBack: boolean;
}

const BACK = 'back';
const DECLINE = 'decline';
const SKIP = 'skip';
const option = (i: number) => `opt:${i}`;
const CANCEL: ItemAction = { kind: 'cancel' };

function message(item: Question, ctx: AskContext, keys?: 'selectKeys' | 'multiKeys'): string {
  const help = item.help ? `\n${localize(item.help, ctx.locale)}` : '';
  // clack's key hints are English only: in another language they are hidden and ours are shown under the question.
  const hints = keys !== undefined && !clackSpeaks(ctx.locale) ? `\n(${ui(keys, ctx.locale)})` : '';
  return `${ctx.position}\n${localize(item.text, ctx.locale)}${help}${hints}`;
}

function extras(item: Question, ctx: AskContext): { value: string; label: string }[] {
  return [
    ...(item.preferNotToAnswer ? [{ value: DECLINE, label: ui('decline', ctx.locale) }] : []),
    // Declining already lets a person pass; "skip" is only for optional items that offer no decline.
    ...(!item.required && !item.preferNotToAnswer ? [{ value: SKIP, label: ui('skip', ctx.locale) }] : []),
    ...(ctx.canGoBack ? [{ value: BACK, label: ui('back', ctx.locale) }] : []),
  ];
}

/** The choices of a single, scale or boolean item, as [key, value, label]. */
function choices(item: Question, locale: string): [string, AnswerValue, string][] {
  switch (item.kind) {
    case 'single':
    case 'multi':
      return item.options.map((o, i) => [option(i), o.value, localize(o.text, locale)]);
    case 'scale':
      return item.options.map((o, i) => [option(i), o.value, localize(o.text, locale)]);
    case 'boolean':
      return [
        [option(0), true, ui('yes', locale)],
        [option(1), false, ui('no', locale)],
      ];
    default:
      return [];
  }
}

function common(key: string, table: [string, AnswerValue, string][]): ItemAction {
  if (key === BACK) return { kind: 'back' };
  if (key === DECLINE) return { kind: 'answer', value: PREFER_NOT_TO_ANSWER };
  if (key === SKIP) return { kind: 'answer', value: null };
  const found = table.find(([k]) => k === key);
  return { kind: 'answer', value: found ? found[1] : null };
}

async function askChoice(item: Question, ctx: AskContext): Promise<ItemAction> {
  const table = choices(item, ctx.locale);
  const initial = ctx.current === PREFER_NOT_TO_ANSWER ? DECLINE : table.find(([, v]) => v === ctx.current)?.[0];
  const picked = await select<string>({
    message: message(item, ctx, 'selectKeys'),
    options: [...table.map(([value, , label]) => ({ value, label })), ...extras(item, ctx)],
    ...(initial === undefined ? {} : { initialValue: initial }),
    showInstructions: clackSpeaks(ctx.locale),
  });
  return isCancel(picked) ? CANCEL : common(picked, table);
}

async function askMulti(item: Question, ctx: AskContext): Promise<ItemAction> {
  const table = choices(item, ctx.locale);
  const current = Array.isArray(ctx.current) ? (ctx.current as readonly string[]) : [];
  const initialValues = ctx.current === PREFER_NOT_TO_ANSWER ? [DECLINE] : table.filter(([, v]) => current.includes(v as string)).map(([k]) => k);
  const english = clackSpeaks(ctx.locale);
  for (;;) {
    const picked = await multiselect<string>({
      message: message(item, ctx, 'multiKeys'),
      options: [...table.map(([value, , label]) => ({ value, label })), ...extras(item, ctx).filter((e) => e.value !== SKIP)],
      initialValues,
      // clack's "select at least one" reminder is English only; in another language the check is ours.
      required: english && item.required === true,
      showInstructions: english,
    });
    if (isCancel(picked)) return CANCEL;
    if (picked.length === 0 && item.required === true) {
      log.warn(ui('chooseOne', ctx.locale));
      continue;
    }
    if (picked.includes(BACK)) return { kind: 'back' };
    if (picked.includes(DECLINE)) {
      if (picked.length === 1) return { kind: 'answer', value: PREFER_NOT_TO_ANSWER };
      log.warn(ui('declineAlone', ctx.locale));
      continue;
    }
    const values = table.filter(([k]) => picked.includes(k)).map(([, v]) => v as string);
    return { kind: 'answer', value: values.length === 0 ? null : values };
  }
}

function parseFree(item: Question, raw: string): AnswerValue {
  return item.kind === 'number' ? Number(raw.replace(',', '.')) : raw;
}

function freeProblem(item: Question, raw: string, locale: string): string | undefined {
  if (item.kind === 'number' && raw !== '' && !Number.isFinite(Number(raw.replace(',', '.')))) return ui('notANumber', locale);
  if (item.kind === 'date' && raw !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return ui('notADate', locale);
  return undefined;
}

async function askFree(item: Question, ctx: AskContext): Promise<ItemAction> {
  const keys = [
    ...(ctx.canGoBack ? [ui('textKeys', ctx.locale)] : []),
    ...(item.preferNotToAnswer ? [ui('textDecline', ctx.locale)] : []),
    ...(!item.required ? [ui('textSkip', ctx.locale)] : []),
  ];
  // A resumed answer is shown as the terminal will print it; keeping it unchanged keeps what the person sees.
  const initial = ctx.current === undefined || ctx.current === PREFER_NOT_TO_ANSWER ? '' : terminalText(String(ctx.current));
  const typed = await text({
    // Unlike the list prompts, clack's text prompt does not draw its guide bar beside a multi-line message.
    message: message(item, ctx).split('\n').join(`\n${S_BAR}  `),
    ...(keys.length > 0 ? { placeholder: keys.join(', ') } : {}),
    ...(initial === '' ? {} : { initialValue: initial }),
    validate: (value) => {
      const raw = (value ?? '').trim();
      if (raw === '<' || (raw === '?' && item.preferNotToAnswer)) return undefined;
      if (raw === '' && item.required) return ui('needsAnswer', ctx.locale);
      return freeProblem(item, raw, ctx.locale);
    },
  });
  if (isCancel(typed)) return CANCEL;
  const raw = typed.trim();
  if (raw === '<') return ctx.canGoBack ? { kind: 'back' } : { kind: 'answer', value: initial === '' ? null : parseFree(item, initial) };
  if (raw === '?' && item.preferNotToAnswer) return { kind: 'answer', value: PREFER_NOT_TO_ANSWER };
  return { kind: 'answer', value: raw === '' ? null : parseFree(item, raw) };
}

/**
 * Ask one question with `@clack/prompts`: a list for single, scale and yes/no
 * items, a checklist for multi items, a line of text for number, text and
 * date items. "Prefer not to answer" is offered where the item allows it, and
 * "← Back" (or typing `<`) goes to the previous question.
 *
 * @param item - The question.
 * @param ctx - Locale, position text, current answer, whether Back is offered.
 * @returns The answer (null clears it), back, or cancel (Ctrl-C or Escape).
 * @example
 * ```ts
 * const action = await askItem(item, { locale: 'en', position: 'Question 1 of 3', current: undefined, canGoBack: false });
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
