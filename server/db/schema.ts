/**
 * The database's tables as Kysely sees them. Times are epoch milliseconds (BIGINT on PostgreSQL,
 * read back as numbers), JSON is TEXT on both dialects. Changed only through a new migration in
 * migrations/ (never by editing an applied one).
 */
export interface Database {
  /** One row per account: the last complete snapshot's header. */
  catalog_accounts: CatalogAccountsTable;
  /** One row per template of the last complete snapshot; rewritten only when the template changed. */
  catalog_templates: CatalogTemplatesTable;
  sync_runs: SyncRunsTable;
  change_events: ChangeEventsTable;
  daily_rollups: DailyRollupsTable;
  /** Shared state of several instances (issue 14; migration 0010). */
  session_revocations: SessionRevocationsTable;
  refresh_gate: RefreshGateTable;
  /** The running first walk's progress, for the other instances (migration 0050). */
  catalog_walk_progress: CatalogWalkProgressTable;
  login_rate_limits: LoginRateLimitsTable;
  user_visits: UserVisitsTable;
  template_versions: TemplateVersionsTable;
  alert_rules: AlertRulesTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_digest_events: AlertDigestEventsTable;
}

export interface UserVisitsTable {
  user_name: string;
  /** Changes observed after this time are new to the user. */
  seen_at: number;
  /** The user's last visit (a visit after a long pause moves `seen_at` up to it). */
  active_at: number;
}

export interface TemplateVersionsTable {
  account: string;
  template_id: string;
  content_hash: string;
  components_json: string;
  first_seen_at: number;
}

export interface CatalogAccountsTable {
  account: string;
  version: number;
  fetched_at: number;
  pages: number;
  page_size: number;
  template_count: number;
  /** JSON array of template ids in upstream order (one row write per sync, whatever the size). */
  order_json: string;
  /** When the first (baseline) walk was stored. */
  baseline_at: number;
  /** JSON array of the snapshot's page spans (migration 0051); null: not known. */
  page_spans_json: string | null;
}

export interface CatalogTemplatesTable {
  account: string;
  template_id: string;
  /** Stable hash of the whole template: the row is rewritten only when it changes. */
  hash: string;
  content_hash: string;
  name: string;
  language: string;
  status: string | null;
  category: string | null;
  quality: string | null;
  rejected_reason: string | null;
  /** The template as the console parsed it (JSON). */
  raw: string;
  first_seen_at: number;
  updated_at: number;
}

export interface SyncRunsTable {
  id: string;
  account: string;
  started_at: number;
  finished_at: number;
  pages: number;
  templates: number;
  outcome: "ok" | "failed";
  error_code: string | null;
  error_message: string | null;
  changes: number;
}

export interface ChangeEventsTable {
  id: string;
  account: string;
  template_id: string;
  name: string;
  language: string;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  observed_at: number;
  previous_observed_at: number | null;
}

export interface DailyRollupsTable {
  account: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** JSON of DailyCounts (lib/history/contracts.ts). */
  counts_json: string;
  updated_at: number;
}

export interface SessionRevocationsTable {
  sid: string;
  until: number;
}

export interface CatalogWalkProgressTable {
  account: string;
  instance_id: string;
  started_at: number;
  pages: number;
  templates: number;
  skipped: number;
  updated_at: number;
}

export interface RefreshGateTable {
  account: string;
  last_at: number;
}

/** Written by rate-limiter-flexible's RateLimiterPostgres, never by our queries. */
export interface LoginRateLimitsTable {
  key: string;
  points: number;
  expire: number | null;
}

export interface AlertRulesTable {
  id: string;
  name: string;
  /** 1 or 0 (portable boolean). */
  enabled: number;
  mode: "immediate" | "digest";
  rule_json: string;
  channel_json: string;
  digest_last_due_at: number | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface AlertDeliveriesTable {
  id: string;
  rule_id: string;
  kind: "immediate" | "digest" | "test";
  channel_type: string;
  title: string;
  event_count: number;
  message_json: string;
  status: "pending" | "sent" | "dead";
  attempts: number;
  next_attempt_at: number;
  claimed_until: number | null;
  last_error: string | null;
  last_code: string | null;
  last_http_status: number | null;
  last_attempt_at: number | null;
  sent_at: number | null;
  created_at: number;
  /** Set by "Retry" on a dead delivery: its retry window runs from here (migration 0021). */
  requeued_at: number | null;
  updated_at: number;
}

export interface AlertDigestEventsTable {
  rule_id: string;
  event_id: string;
  observed_at: number;
  event_json: string;
}
