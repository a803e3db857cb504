/**
 * intake-screening: intake screening questionnaires for substance-use
 * treatment, run as XState flows, producing non-diagnostic referral summaries.
 *
 * @packageDocumentation
 */
export { defineQuestionnaire, parseQuestionnaire, safeParseQuestionnaire } from './definition/define-questionnaire.js';
export { checkAnswer } from './engine/check-answer.js';
export { resolveAnswers, type ResolvedAnswers } from './engine/resolve-answers.js';
export type { Evaluation } from './engine/evaluation.js';
export { localize, type LocalizedText } from './definition/text.js';
export { PREFER_NOT_TO_ANSWER, ITEM_KINDS } from './definition/item.js';
export type { Item, ItemKind, AnswerableItem, ChoiceOption, ScaleOption } from './definition/item.js';
export type { Section } from './definition/section.js';
export type { Score, Band, Cutoff, SkippedScore } from './definition/score.js';
export { RATERS, raterOf, CLINICIAN_RATED, NOT_VALIDATED, type Instrument, type Rater } from './definition/instrument.js';
export { LOINC, type Coding } from './definition/coding.js';
export type { Rule, SafetyTrigger, Urgency, Domain, ReferralType, SettingIndicator } from './definition/rule.js';
export { URGENCIES, DOMAINS, REFERRAL_TYPES, SETTING_INDICATORS } from './definition/rule.js';
export type { QuestionnaireDefinition } from './definition/questionnaire.js';
export { QuestionnaireSchema } from './definition/questionnaire.js';
export type {
  Questionnaire,
  QuestionnaireInput,
  AnswersOf,
  AnswersInput,
  AnswerValueOf,
  Answers,
  AnswerEntry,
  AnswerValue,
  ConditionOf,
  ItemIdOf,
  ScoreIdOf,
  PreferNotToAnswer,
} from './definition/types.js';
export type { DefinitionError } from './definition/checked-definition.js';
export type { Condition, Scalar, NumericOperator } from './conditions/condition.js';
export { classifyCondition, conditionItems, type ConditionNode, type ItemOperator } from './conditions/classify.js';
export { compileCondition, type ConditionScope, type CompiledCondition } from './conditions/evaluate.js';
export type { ScoreResult } from './engine/score-result.js';
export { QuestionnaireError } from './issues/questionnaire-error.js';
export type { Issue, IssueBase, IssueCode, IssueDetails, IssueOf, IssuePath, AnswerKind, AnswerLimits, OutOfRangeProblem } from './issues/issue.js';
export { formatIssue, type FormatIssueOptions } from './locale/format-issue.js';
export { ISSUE_MESSAGES } from './locale/issue-messages.js';
export { resolveLocale, LIBRARY_LOCALES, type ResolvedLocale } from './locale/resolve-locale.js';
export type { SafeResult } from './issues/safe-result.js';

// The flow
export { createIntakeMachine, type IntakeInput, type IntakeMachine, type IntakeStateValue } from './flow/create-intake-machine.js';
export type {
  IntakeContext,
  IntakeEvent,
  AnswerEvent,
  FlowAnswers,
  FlowAnswerEntry,
  IntakeStatus,
  FiredTrigger,
  RecordedUrgency,
  SafetyState,
} from './flow/intake-context.js';
export { answersOf, type AnswersFromEntries } from './flow/answers-of.js';
export { startIntake, type Intake, type StartIntakeOptions, type AnswerOf } from './flow/start-intake.js';
export { initialIntakeSnapshot, stepIntake, resumeIntake, resumeIntakeSnapshot, type IntakeActor, type IntakeSnapshot } from './flow/intake-transition.js';
export { describeIntake, type IntakeView } from './flow/intake-view.js';
export { snapshotVersionCompatible } from './flow/restore-context.js';

// The referral summary
export { summarize, safeSummarize, type SummarizeOptions, type FiredTriggerRef, type RaisedTrigger } from './summary/summarize.js';
export { renderSummary, safeRenderSummary, type RenderSummaryOptions } from './summary/render-summary.js';
export { patientView, type PatientView } from './summary/patient-view.js';
export {
  ReferralSummarySchema,
  type ReferralSummary,
  type Evidence,
  type InstrumentResult,
  type Finding,
  type SafetyFlag,
  type UrgencyReason,
  type Referral,
  type SettingConsideration,
  type SummaryAnswer,
  type SummaryAnswerSection,
  type SummaryIssue,
} from './summary/referral-summary.js';
export { EvidenceSchema, SummaryAnswerSchema } from './summary/referral-summary.js';
export { PHRASES, fillPhrase, type InstrumentStatus } from './summary/phrases.js';
export { registerLocale, type LocalePack, type Translated } from './summary/register-locale.js';
export { ASAM_DIMENSIONS, type AsamDimension } from './definition/asam-dimension.js';
export {
  ASAM_DIMENSION_NAMES,
  DOMAIN_ASAM,
  SETTING_ASAM,
  REFERRAL_ASAM,
  asamDimensionsOf,
  type AsamDimensionName,
  type AsamDimensionInformation,
} from './summary/asam.js';
