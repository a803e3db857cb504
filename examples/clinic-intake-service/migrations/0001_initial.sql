-- The clinic intake service's schema. Runs unchanged on PGlite and on Postgres 15+.
-- Columns ending in _sealed hold AES-256-GCM ciphertext (src/crypto/sealer.ts) bound to their row and
-- column; everything a person said is in them. What stays in clear is what the service must sort, join or
-- count by: ids, times, statuses, questionnaire ids, trigger ids and tiers.

CREATE TABLE staff_users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
  display_name text NOT NULL CHECK (length(display_name) <= 200),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only the SHA-256 of the session cookie is kept: a copy of the table signs no one in.
CREATE TABLE staff_sessions (
  token_hash bytea PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES staff_users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);

-- Failed sign-ins per account (by the hash of the email typed), for throttling across instances.
CREATE TABLE sign_in_failures (
  email_hash bytea NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_email ON sign_in_failures (email_hash, at);

CREATE TABLE intakes (
  id uuid PRIMARY KEY,
  -- SHA-256 of the person's link token.
  token_hash bytea NOT NULL UNIQUE,
  questionnaire_id text NOT NULL,
  questionnaire_version text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'submitted')),
  label_sealed bytea,
  patient_reference_sealed bytea,
  consent_version text,
  consented_at timestamptz,
  -- The persisted flow snapshot after the last acknowledged step, and that step's number.
  seq integer NOT NULL DEFAULT 0 CHECK (seq >= 0),
  snapshot_sealed bytea,
  last_step_digest bytea,
  created_by bigint REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
);
CREATE INDEX intakes_created ON intakes (created_at DESC);

-- A safety trigger raised during an intake, recorded by the step that raised it, before the person
-- finishes. Never deleted: a disclosure stays in front of staff until someone marks it seen.
CREATE TABLE safety_flags (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  intake_id uuid NOT NULL REFERENCES intakes (id),
  trigger_id text NOT NULL,
  tier text NOT NULL CHECK (tier IN ('interrupt', 'flag')),
  urgency text NOT NULL CHECK (urgency IN ('emergency', 'urgent')),
  detail_sealed bytea NOT NULL,
  raised_seq integer NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz,
  seen_by bigint REFERENCES staff_users (id),
  UNIQUE (intake_id, trigger_id),
  CHECK ((seen_at IS NULL) = (seen_by IS NULL))
);
CREATE INDEX safety_flags_open ON safety_flags (id) WHERE seen_at IS NULL;

-- Every submission as received. An accepted one also holds the server's own re-check: the answers it
-- kept, its summary and the FHIR QuestionnaireResponse. A refused one keeps what came and why.
CREATE TABLE submissions (
  id uuid PRIMARY KEY,
  intake_id uuid NOT NULL REFERENCES intakes (id),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) <= 64),
  request_digest bytea NOT NULL,
  status text NOT NULL CHECK (status IN ('accepted', 'refused')),
  received_sealed bytea NOT NULL,
  issues jsonb,
  answers_sealed bytea,
  summary_sealed bytea,
  response_sealed bytea,
  locale text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (intake_id, idempotency_key),
  CHECK ((status = 'accepted') = (summary_sealed IS NOT NULL AND answers_sealed IS NOT NULL AND response_sealed IS NOT NULL))
);
CREATE UNIQUE INDEX submissions_one_accepted ON submissions (intake_id) WHERE status = 'accepted';

-- Every read of a person's intake, and every staff action. Append-only: the service never updates or
-- deletes a row. `detail` holds ids and counts, never answers.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL CHECK (actor IN ('staff', 'person', 'system')),
  staff_id bigint REFERENCES staff_users (id),
  action text NOT NULL,
  intake_id uuid,
  detail jsonb NOT NULL DEFAULT '{}',
  source text
);
CREATE INDEX audit_log_intake ON audit_log (intake_id, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
