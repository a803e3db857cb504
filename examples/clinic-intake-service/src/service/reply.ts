/** What a service function answers: an HTTP status and a JSON body, so routes stay thin and tests read it. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A refusal: `code` for programs, `message` for people reading logs; never an answer a person gave. */
export const refuse = (status: number, code: string, message: string, extra: Readonly<Record<string, unknown>> = {}): Reply => ({
  status,
  body: { code, message, ...extra },
});
