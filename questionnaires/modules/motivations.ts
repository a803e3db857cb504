import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

const REASONS = 'motivation.reasons';

/**
 * Initial motivations: what was going on when use began, with follow-ups that
 * show whether that circumstance is still present. Each circumstance points to
 * a different part of a treatment plan (grief work, pain care, social network).
 *
 * @example
 * ```ts
 * import { motivationsModule } from 'intake-screening/questionnaires';
 * motivationsModule.rules.map((r) => r.id).includes('motivation.grief'); // true
 * ```
 */
export const motivationsModule = {
  sections: [
    {
      id: 'motivation',
      title: { en: 'When use began' },
      description: { en: 'People start using for many reasons. Knowing yours helps us plan care that fits.' },
      instrument: { kind: 'descriptive', name: 'Initial motivations', note: NOT_VALIDATED },
      items: [
        {
          id: REASONS,
          kind: 'multi',
          text: { en: 'When you first started using, what was going on in your life? Choose all that apply.' },
          options: [
            { value: 'grief', text: { en: 'Grief or a loss (for example, someone died)' } },
            { value: 'conflict', text: { en: 'Emotional strain, or conflict in a relationship or family' } },
            { value: 'stress', text: { en: 'Stress (work, money or big life changes)' } },
            { value: 'pain', text: { en: 'Physical pain (an injury, surgery or long-term pain, or opioids first prescribed for pain)' } },
            { value: 'curiosity', text: { en: 'Curiosity, or to have fun' } },
            { value: 'peer-pressure', text: { en: 'Pressure from friends or people around me' } },
            { value: 'mental-health', text: { en: 'To cope with feelings such as sadness, worry or memories of hard events' } },
            { value: 'other', text: { en: 'Something else' } },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.other',
          kind: 'text',
          text: { en: 'In a few words, what else was going on?' },
          maxLength: 300,
          when: { item: REASONS, includes: 'other' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.grief-ongoing',
          kind: 'boolean',
          text: { en: 'Is that loss still weighing on you now?' },
          when: { item: REASONS, includes: 'grief' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.pain-prescribed',
          kind: 'boolean',
          text: { en: 'Were opioids first prescribed to you for that pain?' },
          when: { item: REASONS, includes: 'pain' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.pain-ongoing',
          kind: 'boolean',
          text: { en: 'Do you still have that pain?' },
          when: { item: REASONS, includes: 'pain' },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.pain-care',
          kind: 'boolean',
          text: { en: 'Is a doctor, nurse or other clinician helping you with that pain now?' },
          when: { item: 'motivation.pain-ongoing', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'motivation.peers-around',
          kind: 'boolean',
          text: { en: 'Are the people you first used with still part of your daily life?' },
          when: { any: [{ item: REASONS, includes: 'peer-pressure' }, { item: REASONS, includes: 'curiosity' }] },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'motivation.grief',
      when: { item: REASONS, includes: 'grief' },
      domain: 'motivations',
      finding: { en: 'Reports that use began around grief or a loss.' },
      planning: { en: 'Grief support alongside substance-use treatment may help.' },
      referrals: ['grief-support'],
    },
    {
      id: 'motivation.grief-ongoing',
      when: { item: 'motivation.grief-ongoing', eq: true },
      domain: 'motivations',
      finding: { en: 'Reports that the loss is still weighing on them now.' },
      planning: { en: 'Because the grief is still present, grief work may belong in the plan from the start.' },
      referrals: ['grief-support', 'individual-therapy'],
    },
    {
      id: 'motivation.conflict',
      when: { item: REASONS, includes: 'conflict' },
      domain: 'motivations',
      finding: { en: 'Reports that use began during emotional strain or conflict in a relationship or family.' },
      planning: { en: 'Family or couples sessions, and individual therapy on coping with conflict, may help.' },
      referrals: ['family-therapy', 'individual-therapy'],
    },
    {
      id: 'motivation.stress',
      when: { item: REASONS, includes: 'stress' },
      domain: 'motivations',
      finding: { en: 'Reports that use began during stress from work, money or life changes.' },
      planning: { en: 'Therapy that builds skills for handling stress may help; practical help with work or money may too.' },
      referrals: ['individual-therapy'],
    },
    {
      id: 'motivation.pain',
      when: { item: REASONS, includes: 'pain' },
      domain: 'motivations',
      finding: { en: 'Reports that use began around physical pain.' },
      planning: { en: 'Pain care should be part of the plan, since pain that is not treated can lead back to use.' },
      referrals: ['pain-management-coordination'],
    },
    {
      id: 'motivation.pain-prescribed',
      when: { item: 'motivation.pain-prescribed', eq: true },
      domain: 'motivations',
      finding: { en: 'Reports that opioids were first prescribed to them for pain.' },
      planning: { en: 'Involve the prescriber: plan pain care and any opioid changes together, and discuss medication for opioid use disorder.' },
      referrals: ['pain-management-coordination', 'moud-evaluation'],
    },
    {
      id: 'motivation.pain-ongoing',
      when: { item: 'motivation.pain-ongoing', eq: true },
      domain: 'motivations',
      finding: { en: 'Reports that the pain is still present.' },
      planning: { en: 'Coordinate with whoever treats the pain; options that do not rely on opioids may help.' },
      referrals: ['pain-management-coordination'],
      evidence: ['motivation.pain-care'],
    },
    {
      id: 'motivation.pain-not-in-care',
      when: { all: [{ item: 'motivation.pain-ongoing', eq: true }, { item: 'motivation.pain-care', eq: false }] },
      domain: 'motivations',
      finding: { en: 'Reports pain that is still present and not under a clinician’s care now.' },
      planning: { en: 'Connect the person with pain care early; pain left untreated is a common reason for return to use.' },
      referrals: ['pain-management-coordination', 'medical-care'],
    },
    {
      id: 'motivation.curiosity',
      when: { item: REASONS, includes: 'curiosity' },
      domain: 'motivations',
      finding: { en: 'Reports that use began out of curiosity or for fun.' },
      planning: { en: 'Explore other rewarding activities and social settings; peer support can help build them.' },
      referrals: ['peer-support'],
    },
    {
      id: 'motivation.peer-pressure',
      when: { item: REASONS, includes: 'peer-pressure' },
      domain: 'motivations',
      finding: { en: 'Reports that use began with pressure from friends or people around them.' },
      planning: { en: 'Group therapy and peer support can help build a social circle that supports recovery, and skills to say no.' },
      referrals: ['peer-support', 'group-therapy'],
    },
    {
      id: 'motivation.mental-health',
      when: { item: REASONS, includes: 'mental-health' },
      domain: 'motivations',
      finding: { en: 'Reports that use began as a way to cope with feelings such as sadness, worry or memories of hard events.' },
      planning: { en: 'Care for mental health and substance use together may help; a mental-health assessment is suggested.' },
      referrals: ['mental-health-assessment'],
    },
    {
      id: 'motivation.other',
      when: { item: REASONS, includes: 'other' },
      domain: 'motivations',
      finding: { en: 'Reports another circumstance when use began (in their own words).' },
      planning: { en: 'Talk through what the person wrote to see what it means for the plan.' },
      evidence: ['motivation.other'],
    },
    {
      id: 'motivation.peers-around',
      when: { item: 'motivation.peers-around', eq: true },
      domain: 'return-to-use-risk',
      finding: { en: 'Reports that the people they first used with are still part of their daily life.' },
      planning: { en: 'Plan for these contacts (new routines, skills to say no) and build other supports, such as peer support.' },
      referrals: ['peer-support'],
    },
  ],
} as const satisfies QuestionnaireModule;
