/**
 * Why use continues now, and whether the conflict or stress that was there
 * when use began is still going on: asked after the motivations question, in
 * the project's own words (not a validated instrument).
 *
 * Sources: NIDA, Principles of Drug Addiction Treatment: A Research-Based
 * Guide, 3rd ed. (2018): effective treatment attends to the person's many
 * needs, not only their drug use; NIDA, Drugs, Brains, and Behavior: The
 * Science of Addiction (2020): stress, people and places linked to use, and
 * avoiding withdrawal keep use going and trigger return to use; SAMHSA TIP 63,
 * Medications for Opioid Use Disorder (2021); SAMHSA TIP 42, Substance Use
 * Disorder Treatment for People With Co-Occurring Disorders (2020).
 */

const REASONS_NOW = 'motivation.now';

/** The conflict or stress that was there when use began is still going on. */
export const continuingUseItems = [
  {
    id: 'motivation.stress-ongoing',
    kind: 'boolean',
    text: { en: 'Is that conflict or stress still going on now?', es: '¿Ese conflicto o ese estrés continúa ahora?' },
    when: {
      any: [
        { item: 'motivation.reasons', includes: 'conflict' },
        { item: 'motivation.reasons', includes: 'stress' },
      ],
    },
    preferNotToAnswer: true,
  },
  {
    id: REASONS_NOW,
    kind: 'multi',
    text: {
      en: 'What keeps you using now? Choose all that apply.',
      es: '¿Qué le lleva a seguir consumiendo ahora? Elija todas las opciones que correspondan.',
    },
    options: [
      { value: 'avoid-sick', text: { en: 'To keep from feeling sick when I stop', es: 'Para no sentirme mal cuando dejo de consumir' } },
      { value: 'urges', text: { en: 'Strong urges to use', es: 'Ganas muy fuertes de consumir' } },
      { value: 'feelings', text: { en: 'To cope with feelings, stress or memories', es: 'Para sobrellevar sentimientos, el estrés o recuerdos' } },
      { value: 'pain', text: { en: 'Physical pain', es: 'Dolor físico' } },
      { value: 'people', text: { en: 'People around me use', es: 'Las personas a mi alrededor consumen' } },
      { value: 'other', text: { en: 'Something else', es: 'Otra cosa' } },
      { value: 'not-using', text: { en: 'I am not using now', es: 'No estoy consumiendo ahora' }, exclusive: true },
    ],
    preferNotToAnswer: true,
  },
] as const;

/** The rules of the continuing-use questions. */
export const continuingUseRules = [
  {
    // NIDA, Drugs, Brains, and Behavior (2020): stress is a leading trigger of return to use.
    id: 'motivation.stress-ongoing',
    when: { item: 'motivation.stress-ongoing', eq: true },
    domain: 'return-to-use-risk',
    finding: {
      en: 'Reports that the conflict or stress present when use began is still going on.',
      es: 'Informa que el conflicto o el estrés que había cuando comenzó el consumo continúa.',
    },
    planning: {
      en: 'Address that conflict or stress in the plan from the start (counseling, practical help), since stress often leads back to use.',
      es: 'Atienda ese conflicto o ese estrés en el plan desde el inicio (consejería, ayuda práctica), ya que el estrés a menudo lleva a volver a consumir.',
    },
    referrals: ['individual-therapy'],
    evidence: ['motivation.reasons'],
  },
  {
    // SAMHSA TIP 63 (2021); NIDA, Drugs, Brains, and Behavior (2020): use goes on to avoid withdrawal.
    id: 'motivation.now-avoid-sick',
    when: { item: REASONS_NOW, includes: 'avoid-sick' },
    domain: 'motivations',
    finding: {
      en: 'Reports using now to keep from feeling sick when they stop.',
      es: 'Informa que consume ahora para no sentirse mal cuando deja de consumir.',
    },
    planning: {
      en: 'Withdrawal care, and for opioids buprenorphine or methadone, speaks to this reason directly.',
      es: 'El manejo del síndrome de abstinencia y, para los opioides, la buprenorfina o la metadona responden directamente a esta razón.',
    },
    referrals: ['medical-detox-evaluation'],
  },
  {
    // NIDA, Principles of Drug Addiction Treatment (2018): medication and behavioral therapies together.
    id: 'motivation.now-urges',
    when: { item: REASONS_NOW, includes: 'urges' },
    domain: 'motivations',
    finding: { en: 'Reports strong urges to use.', es: 'Informa que tiene ganas muy fuertes de consumir.' },
    planning: {
      en: 'Counseling and, where it fits, medication both help with urges; ask what sets them off.',
      es: 'La consejería y, cuando corresponda, los medicamentos ayudan con las ganas de consumir; pregunte qué las provoca.',
    },
    referrals: ['individual-therapy'],
  },
  {
    // SAMHSA TIP 42 (2020): treat co-occurring mental health concerns together with substance use.
    id: 'motivation.now-feelings',
    when: { item: REASONS_NOW, includes: 'feelings' },
    domain: 'motivations',
    asam: ['psychiatric-cognitive', 'use-related-risks'],
    finding: {
      en: 'Reports using now to cope with feelings, stress or memories.',
      es: 'Informa que consume ahora para sobrellevar sentimientos, el estrés o recuerdos.',
    },
    planning: {
      en: 'Care for mental health and substance use together may help; a mental-health assessment is suggested.',
      es: 'Podría ayudar atender juntos la salud mental y el consumo de sustancias; se sugiere una evaluación de salud mental.',
    },
    referrals: ['mental-health-assessment'],
  },
  {
    // SAMHSA TIP 63 (2021): coordinate pain care with opioid use treatment.
    id: 'motivation.now-pain',
    when: { item: REASONS_NOW, includes: 'pain' },
    domain: 'motivations',
    asam: ['biomedical', 'use-related-risks'],
    finding: { en: 'Reports using now because of physical pain.', es: 'Informa que consume ahora por dolor físico.' },
    planning: {
      en: 'Plan pain care with the treatment team, so pain does not keep driving use.',
      es: 'Planifique la atención del dolor con el equipo de tratamiento, para que el dolor no siga impulsando el consumo.',
    },
    referrals: ['pain-management-coordination'],
  },
  {
    // NIDA, Drugs, Brains, and Behavior (2020): people and places linked to use trigger return to use.
    id: 'motivation.now-people',
    when: { item: REASONS_NOW, includes: 'people' },
    domain: 'return-to-use-risk',
    asam: ['use-related-risks', 'recovery-environment'],
    finding: { en: 'Reports that people around them use.', es: 'Informa que las personas a su alrededor consumen.' },
    planning: {
      en: 'Build supports away from use, such as peer support and recovery groups.',
      es: 'Fortalezca apoyos lejos del consumo, como el apoyo de pares y los grupos de recuperación.',
    },
    referrals: ['peer-support'],
  },
] as const;
