// Responses are read as loose JSON: the tests assert their shape.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** A response read as JSON (or text), with its status and headers. */
export interface Res<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** One request to the service; the body is sent as JSON unless it is a string. */
export async function call<T = any>(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Res<T>> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(url, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** A person's device: its link token, sent as a bearer token. */
export function person(base: string, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  return {
    read: () => call(`${base}/api/person/intake`, { headers: auth }),
    consent: (version: string) => call(`${base}/api/person/consent`, { body: { version }, headers: auth }),
    step: (body: unknown) => call(`${base}/api/person/steps`, { body, headers: auth }),
    submit: (body: unknown) => call(`${base}/api/person/submissions`, { body, headers: auth }),
  };
}

/** A signed-in staff page: the session cookie and the CSRF token, sent as the page sends them. */
export interface StaffClient {
  readonly cookie: string;
  readonly csrf: string;
  get<T = any>(path: string): Promise<Res<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Res<T>>;
}

export async function signIn(base: string, email: string, password: string): Promise<StaffClient> {
  const r = await call(`${base}/api/staff/sign-in`, { body: { email, password } });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${JSON.stringify(r.body)}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const csrf = r.body.csrfToken as string;
  return {
    cookie,
    csrf,
    get: (path) => call(`${base}${path}`, { headers: { cookie } }),
    post: (path, body, headers = {}) => call(`${base}${path}`, { method: 'POST', body: body ?? {}, headers: { cookie, 'x-csrf-token': csrf, ...headers } }),
  };
}
