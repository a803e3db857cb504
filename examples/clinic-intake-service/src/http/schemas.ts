/**
 * JSON Schemas of the request bodies, checked by Fastify (ajv) before any handler runs. Ajv is set not to
 * coerce types nor drop unknown properties, so a wrong type or an extra field is a 400, not a quiet change.
 */
const ID = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } as const;

export const stepBody = {
  type: 'object',
  additionalProperties: false,
  required: ['seq'],
  properties: {
    seq: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    snapshot: { type: 'object' },
    event: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { enum: ['ANSWER', 'NEXT', 'BACK', 'ACKNOWLEDGE', 'SUBMIT'] },
        itemId: { type: 'string', minLength: 1, maxLength: 200 },
        value: {},
      },
      if: { properties: { type: { const: 'ANSWER' } } },
      then: { required: ['itemId', 'value'] },
      else: { not: { anyOf: [{ required: ['itemId'] }, { required: ['value'] }] } },
    },
  },
  oneOf: [{ required: ['snapshot'] }, { required: ['event'] }],
} as const;

export const submitBody = {
  type: 'object',
  additionalProperties: false,
  required: ['submissionId', 'answers'],
  properties: {
    submissionId: ID,
    answers: { type: 'object' },
    locale: { enum: ['en', 'es'] },
  },
} as const;

export const consentBody = {
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: { version: { type: 'string', maxLength: 40 } },
} as const;

export const signInBody = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', minLength: 3, maxLength: 254 },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
} as const;

export const newIntakeBody = {
  type: 'object',
  additionalProperties: false,
  required: ['questionnaireId', 'label'],
  properties: {
    questionnaireId: ID,
    label: { type: 'string', minLength: 1, maxLength: 200 },
    patientReference: { type: 'string', maxLength: 200, pattern: '^[A-Za-z]+/[A-Za-z0-9.-]{1,64}$' },
  },
} as const;

export const uuidParam = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } as const;
