/**
 * What the person agrees to before the intake starts, and the notice that goes with every disclosure of
 * the record. A clinic reviews both with its counsel and puts its own name and terms here; the consent's
 * version is stored with each intake, so changing the text changes the version.
 */
export const CONSENT = {
  version: '2026-12-04',
  text: {
    en: [
      "Your answers go to this clinic's care team, who use them to plan care with you. They are saved as you go, encrypted, so you can close this page and come back with the same link.",
      'Records of substance use treatment are protected by federal confidentiality rules (42 CFR Part 2). The clinic does not share your answers outside your care team without your written consent, except where those rules allow it (for example, in a medical emergency).',
      'Some questions let you choose "Prefer not to answer". You can stop at any time.',
      'If you are in danger now, call 911, or call or text 988.',
    ].join('\n\n'),
    es: [
      'Sus respuestas van al equipo de atención de esta clínica, que las usa para planificar la atención con usted. Se guardan a medida que avanza, cifradas, así que puede cerrar esta página y volver con el mismo enlace.',
      'Los registros del tratamiento por consumo de sustancias están protegidos por normas federales de confidencialidad (42 CFR Part 2). La clínica no comparte sus respuestas fuera de su equipo de atención sin su consentimiento por escrito, salvo cuando esas normas lo permiten (por ejemplo, en una emergencia médica).',
      'En algunas preguntas puede elegir "Prefiero no responder". Puede parar en cualquier momento.',
      'Si está en peligro ahora, llame al 911, o llame o envíe un mensaje de texto al 988.',
    ].join('\n\n'),
  },
} as const;

/**
 * The notice required with each disclosure of a Part 2 record: 42 CFR 2.32(a), Statement 2 (the short form
 * the rule allows), as amended by the 2024 final rule (89 FR 12472, Feb. 16, 2024). Under 2.32(b) the
 * disclosure also carries a copy of the consent or a clear explanation of its scope: the staff view and the
 * FHIR export show the consent text the person agreed to beside it.
 */
export const REDISCLOSURE_NOTICE = {
  citation: '42 CFR 2.32',
  text: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
} as const;

/**
 * The notice and the consent as one text, for the FHIR export's document and the staff view.
 *
 * @param consentVersion - The version the person agreed to (null: no consent recorded).
 * @param consentedAt - When.
 * @returns Plain text.
 */
export function disclosureNotice(consentVersion: string | null, consentedAt: Date | null): string {
  const consent =
    consentVersion === null || consentedAt === null
      ? 'No consent was recorded for this intake.'
      : `Consent (version ${consentVersion}) given ${consentedAt.toISOString()}:\n\n${consentVersion === CONSENT.version ? CONSENT.text.en : "(text of an earlier consent version; see the clinic's consent records)"}`;
  return `Notice (${REDISCLOSURE_NOTICE.citation}): ${REDISCLOSURE_NOTICE.text}\n\n${consent}`;
}
