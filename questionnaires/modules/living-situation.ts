import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

/** Residential indicator item: someone at home who can look after the person. */
export const homeSupportItem = {
  id: 'living.home-support',
  kind: 'boolean',
  text: { en: 'Is there someone at home who can look after you in the first weeks of treatment, if you need it?' },
  preferNotToAnswer: true,
} as const;

/** Residential indicator item: transport to near-daily visits. */
export const transportItem = {
  id: 'living.transport',
  kind: 'boolean',
  text: { en: 'Could you get to a clinic almost every day (by car, bus, a ride or on foot)?' },
  preferNotToAnswer: true,
} as const;

/** Residential indicator: no one at home to look after the person. */
export const noHomeSupportRule = {
  id: 'setting.no-home-support',
  when: { item: 'living.home-support', eq: false },
  domain: 'recovery-environment',
  finding: { en: 'Reports that no one at home can look after them in the first weeks of treatment.' },
  planning: { en: 'A setting with more support (such as residential care) may be worth considering; the clinician decides.' },
  setting: 'no-home-support',
} as const;

/** Residential indicator: cannot travel to near-daily visits. */
export const noTransportRule = {
  id: 'setting.no-transport',
  when: { item: 'living.transport', eq: false },
  domain: 'recovery-environment',
  finding: { en: 'Reports being unable to get to a clinic almost every day.' },
  planning: { en: 'Help with transport, or a setting that does not need daily travel, may be worth considering.' },
  referrals: ['transport-assistance'],
  setting: 'no-transport',
} as const;

/**
 * Living situation and supports: home support, housing, transport, people at
 * home who use, supportive family or friends, and people in the person's care.
 *
 * @example
 * ```ts
 * import { livingSituationModule } from 'intake-screening/questionnaires';
 * livingSituationModule.sections[0].id; // 'living'
 * ```
 */
export const livingSituationModule = {
  sections: [
    {
      id: 'living',
      title: { en: 'Your home and support' },
      instrument: { kind: 'descriptive', name: 'Living situation and supports', note: NOT_VALIDATED },
      items: [
        homeSupportItem,
        {
          id: 'living.housing',
          kind: 'single',
          text: { en: 'Which best describes where you live now?' },
          options: [
            { value: 'stable', text: { en: 'I have a steady place to live' } },
            { value: 'unstable', text: { en: 'I stay with others, or move around a lot' } },
            { value: 'none', text: { en: 'I do not have a place to live (for example, I stay in a shelter, a car or outside)' } },
          ],
          preferNotToAnswer: true,
        },
        transportItem,
        {
          id: 'living.others-use',
          kind: 'boolean',
          text: { en: 'Does anyone you live with use drugs or drink heavily?' },
          preferNotToAnswer: true,
        },
        {
          id: 'living.supports',
          kind: 'boolean',
          text: { en: 'Do you have family or friends who support you in making changes?' },
          preferNotToAnswer: true,
        },
        {
          id: 'living.dependants',
          kind: 'boolean',
          text: { en: 'Do you look after children or anyone else who depends on you?' },
          preferNotToAnswer: true,
        },
        {
          id: 'living.dependants-cover',
          kind: 'boolean',
          text: { en: 'If you needed to stay at a treatment program for a while, is there someone who could look after them?' },
          when: { item: 'living.dependants', eq: true },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    noHomeSupportRule,
    noTransportRule,
    {
      id: 'living.unstable-housing',
      when: { item: 'living.housing', in: ['unstable', 'none'] },
      domain: 'recovery-environment',
      finding: { en: 'Reports not having a steady place to live.' },
      planning: { en: 'Housing help can make it easier to stay in treatment; consider recovery housing options.' },
      referrals: ['housing-support'],
    },
    {
      id: 'living.others-use',
      when: { item: 'living.others-use', eq: true },
      domain: 'return-to-use-risk',
      finding: { en: 'Reports living with someone who uses drugs or drinks heavily.' },
      planning: { en: 'Plan for use at home (for example, safe storage, time away, or a change of setting), and consider family sessions.' },
    },
    {
      id: 'living.supportive-people',
      when: { item: 'living.supports', eq: true },
      domain: 'recovery-environment',
      finding: { en: 'Reports having family or friends who support them in making changes.' },
      planning: { en: 'With the person’s permission, these people could take part in treatment, for example in family therapy.' },
      referrals: ['family-therapy'],
    },
    {
      id: 'living.no-supportive-people',
      when: { item: 'living.supports', eq: false },
      domain: 'recovery-environment',
      finding: { en: 'Reports not having family or friends who support them in making changes.' },
      planning: { en: 'Peer support and group programs can help build a circle of support.' },
      referrals: ['peer-support'],
    },
    {
      id: 'living.dependants',
      when: { item: 'living.dependants', eq: true },
      domain: 'recovery-environment',
      finding: { en: 'Reports looking after children or others who depend on them.' },
      planning: { en: 'Plan visits around their care; ask about programs that welcome families or offer child care.' },
      evidence: ['living.dependants-cover'],
    },
    {
      id: 'living.dependants-no-cover',
      when: { item: 'living.dependants-cover', eq: false },
      domain: 'recovery-environment',
      finding: { en: 'Reports that no one else could look after the people in their care during a stay at a treatment program.' },
      planning: { en: 'A stay away from home may not be possible unless care is arranged; outpatient or family-friendly options may fit better.' },
    },
  ],
} as const satisfies QuestionnaireModule;
