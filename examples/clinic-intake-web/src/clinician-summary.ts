import {
  DOMAINS,
  type Evidence,
  fillPhrase,
  type InstrumentResult,
  PHRASES,
  type Questionnaire,
  type ReferralSummary,
  type SafetyFlag,
} from 'intake-screening';
import { h, uniqueId } from './dom.js';
import { l, t, type UI } from './wording.js';

const C = PHRASES.clinician;
/** The page's words for each trigger tier; a new tier is a compile error here until it is worded. */
const TIER = { interrupt: 'tierInterrupt', flag: 'tierFlag' } as const satisfies Record<SafetyFlag['tier'], keyof typeof UI>;

function evidenceList(evidence: readonly Evidence[]) {
  if (evidence.length === 0) return null;
  return h(
    'ul',
    { class: 'evidence', 'aria-label': l(C.evidence) },
    evidence.map((e) => h('li', {}, `${e.question} — `, h('strong', {}, e.answerText), ' ', h('code', {}, e.itemId))),
  );
}

// A risk disclosed and then taken back stays in front of the care team, said
// plainly under the flag in the library's own words (as its renderer does),
// so the evidence below it (the final answer) is not read as "no concern".
function answerChanged(flag: SafetyFlag) {
  return flag.answerChanged === true ? h('p', { class: 'answer-changed' }, l(PHRASES.summary.answerChanged)) : null;
}

// A flag raised on an answer the form would not have asked (an import, a
// restored snapshot) says so too, and what the person wrote stands beside it.
function notAsked(flag: SafetyFlag) {
  return flag.notAsked === true ? h('p', { class: 'answer-changed' }, l(PHRASES.summary.notAsked)) : null;
}

function freeText(flag: SafetyFlag) {
  const said = flag.freeText ?? [];
  if (said.length === 0) return null;
  return h(
    'ul',
    { class: 'free-text', 'aria-label': l(C.freeText) },
    said.map((e) => h('li', {}, `${e.question} `, h('q', {}, e.answerText), ' ', h('code', {}, e.itemId))),
  );
}

// Every answer, by section, so nothing the person said is missing because no
// rule cites it. Folded, as the instrument details are: a full intake holds
// a hundred answers, and the flags and findings above come first.
function allAnswers(sections: NonNullable<ReferralSummary['answers']>) {
  if (sections.length === 0) return null;
  return h(
    'details',
    { class: 'all-answers' },
    h('summary', {}, l(C.allAnswers)),
    sections.map((sec) =>
      h(
        'section',
        { class: 'answers', 'data-section': sec.section },
        h('h4', {}, sec.title),
        h(
          'ul',
          { class: 'item-list' },
          sec.answers.map((a) =>
            h(
              'li',
              { 'data-item': a.itemId },
              `${a.question} — `,
              h('strong', {}, a.answerText),
              ' ',
              h('code', {}, a.itemId),
              a.notAsked === true ? ` (${l(C.notAskedMark)})` : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function raisedBy(ids: readonly string[]) {
  return h('p', { class: 'raised-by' }, fillPhrase(l(C.raisedBy), { ids: ids.join(', ') }));
}

function resultText(r: InstrumentResult): string {
  if (r.status !== 'complete') return l(PHRASES.instrumentStatus[r.status]);
  if (r.positive === null) return '—';
  return l(r.positive ? C.positive : C.negative);
}

function instrumentName(r: InstrumentResult): string {
  return r.title.startsWith(r.instrument) ? r.title : `${r.instrument} — ${r.title}`;
}

// Scores that earlier answers made not applicable are named in one line, so
// the table holds only what was asked.
function instrumentResults(results: readonly InstrumentResult[], headingId: string) {
  const asked = results.filter((r) => r.status !== 'not-applicable');
  const skipped = results.filter((r) => r.status === 'not-applicable');
  const row = (r: InstrumentResult) =>
    h(
      'tr',
      { 'data-score': r.scoreId },
      h('th', { scope: 'row' }, instrumentName(r)),
      h('td', {}, r.score === null ? '—' : `${r.score} (${r.min}–${r.max})`),
      h('td', {}, r.band ?? '—'),
      h('td', {}, r.cutoff?.label ?? '—'),
      h('td', { class: r.positive === true ? 'positive' : undefined }, resultText(r)),
    );
  const details = (r: InstrumentResult) =>
    h(
      'li',
      {},
      h('p', {}, h('strong', {}, instrumentName(r)), `: ${r.meaning}`),
      r.missing.length === 0 ? null : h('p', {}, fillPhrase(l(C.missing), { items: r.missing.join(', ') })),
      r.source === null
        ? null
        : h('p', { class: 'source' }, fillPhrase(l(C.source), { citation: r.source.citation }), ' ', fillPhrase(l(C.licence), { licence: r.source.licence })),
      evidenceList(r.evidence),
    );
  return [
    asked.length === 0
      ? null
      : h(
          'table',
          { class: 'instruments', 'aria-labelledby': headingId },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ([t('colInstrument'), t('colScore'), t('colBand'), t('colCutoff'), t('colResult')] as const).map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h('tbody', {}, asked.map(row)),
        ),
    skipped.length === 0
      ? null
      : h('p', { class: 'not-applicable' }, `${l(PHRASES.instrumentStatus['not-applicable'])} `, skipped.map(instrumentName).join('; ')),
    asked.length === 0 ? null : h('details', { class: 'instrument-details' }, h('summary', {}, t('instrumentDetails')), h('ul', {}, asked.map(details))),
  ];
}

function questionList(questionnaire: Questionnaire, ids: readonly string[]) {
  const text = new Map(questionnaire.sections.flatMap((s) => s.items.map((i) => [i.id, l(i.text)] as const)));
  return h(
    'ul',
    { class: 'item-list' },
    ids.map((id) => h('li', {}, `${text.get(id) ?? id} `, h('code', {}, id))),
  );
}

/**
 * The care team's view: urgency with its reasons, safety flags, screening
 * results with bands and cut-offs, findings by domain, setting considerations
 * and suggested referrals, each with the answers behind it.
 *
 * @param summary - The flow's output.
 * @param questionnaire - The questionnaire, to name unanswered and declined items.
 * @returns The view, headed by an h2.
 * @example
 * ```ts
 * panel.append(clinicianSummary(snapshot.output, substanceUseIntake));
 * ```
 */
export function clinicianSummary(summary: ReferralSummary, questionnaire: Questionnaire): HTMLElement {
  const s = summary;
  const instrumentsId = uniqueId('instruments');
  const findings = DOMAINS.filter((d) => s.findings[d].length > 0).map((d) =>
    h(
      'section',
      { class: 'domain', 'data-domain': d },
      h('h4', {}, l(PHRASES.domains[d])),
      h(
        'ul',
        {},
        s.findings[d].map((f) =>
          h(
            'li',
            { 'data-rule': f.ruleId },
            h('p', {}, f.text),
            f.planning === undefined ? null : h('p', { class: 'planning' }, fillPhrase(l(C.planning), { text: f.planning })),
            evidenceList(f.evidence),
          ),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'clinician-summary' },
    h('h2', { tabindex: -1 }, fillPhrase(l(C.title), { title: s.questionnaire.title })),
    h('p', { class: 'version' }, fillPhrase(l(C.version), { id: s.questionnaire.id, version: s.questionnaire.version })),
    h('h3', {}, l(C.urgency)),
    h(
      'p',
      { class: 'urgency' },
      h(
        'strong',
        { class: `badge urgency-${s.urgency.level}`, 'data-urgency': s.urgency.level, 'aria-hidden': 'true' },
        l(PHRASES.urgencyLabels[s.urgency.level]),
      ),
      ' ',
      l(PHRASES.urgency[s.urgency.level]),
    ),
    s.urgency.reasons.length === 0
      ? h('p', {}, l(C.noReasons))
      : [
          h('h4', {}, l(C.reasons)),
          h(
            'ul',
            { class: 'reasons' },
            s.urgency.reasons.map((r) =>
              h(
                'li',
                {},
                h('p', {}, h('strong', {}, `${l(PHRASES.urgencyLabels[r.urgency])}: `), r.text, ' ', h('code', {}, r.source.id)),
                evidenceList(r.evidence),
              ),
            ),
          ),
        ],
    h('h3', {}, l(C.safety)),
    s.safetyFlags.length === 0
      ? h('p', {}, l(C.noSafety))
      : h(
          'ul',
          { class: 'safety-flags' },
          s.safetyFlags.map((f) =>
            h(
              'li',
              { 'data-flag': f.id, 'data-answer-changed': f.answerChanged },
              h(
                'p',
                {},
                h('strong', {}, `${l(PHRASES.urgencyLabels[f.urgency])}: `),
                f.reason,
                ' ',
                h('code', {}, f.id),
                ` (${fillPhrase(l(C.tier), { tier: t(TIER[f.tier]) })})`,
              ),
              answerChanged(f),
              notAsked(f),
              evidenceList(f.evidence),
              freeText(f),
            ),
          ),
        ),
    s.crisisResources === undefined ? null : [h('h4', {}, l(C.crisisResources)), h('p', {}, s.crisisResources)],
    h('h3', { id: instrumentsId }, l(C.instruments)),
    s.instruments.length === 0 ? h('p', {}, l(C.noInstruments)) : instrumentResults(s.instruments, instrumentsId),
    h('h3', {}, l(C.findings)),
    findings.length === 0 ? h('p', {}, l(C.noFindings)) : findings,
    h('h3', {}, l(C.setting)),
    h('p', {}, s.settingNote),
    s.setting.length === 0
      ? h('p', {}, l(C.noSetting))
      : h(
          'ul',
          { class: 'setting' },
          s.setting.map((c) =>
            h('li', { 'data-indicator': c.indicator }, h('p', {}, l(PHRASES.setting[c.indicator])), raisedBy(c.reasons), evidenceList(c.evidence)),
          ),
        ),
    h('h3', {}, l(C.referrals)),
    s.referrals.length === 0
      ? h('p', {}, l(C.noReferrals))
      : h(
          'ul',
          { class: 'referrals' },
          s.referrals.map((r) => h('li', { 'data-referral': r.type }, h('p', {}, l(PHRASES.referrals[r.type])), raisedBy(r.reasons), evidenceList(r.evidence))),
        ),
    s.unanswered.length === 0 ? null : [h('h3', {}, l(C.unanswered)), questionList(questionnaire, s.unanswered)],
    s.declined.length === 0 ? null : [h('h3', {}, l(C.declined)), questionList(questionnaire, s.declined)],
    allAnswers(s.answers ?? []),
    h('h3', {}, l(C.disclaimer)),
    h('p', { class: 'disclaimer' }, s.disclaimer),
  );
}
