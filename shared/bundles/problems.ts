/**
 * Why a bundle is refused. Each has its own message (CLI and screens) — never a generic error.
 * The screens translate them as `bundles.problem.<code>`.
 */
export const BUNDLE_PROBLEMS = [
  'not_a_zip',
  /** A readable ZIP whose files are not a bundle's (an ordinary archive of photos or documents). */
  'not_a_bundle',
  'entry_name',
  'entry_link',
  'duplicate_entry',
  'too_many_entries',
  'too_large',
  'compression_ratio',
  'missing_entry',
  'unlisted_entry',
  'manifest_json',
  'manifest_format',
  'format_too_new',
  'schema_too_new',
  'signature',
  'hash_mismatch',
  'size_mismatch',
  'ndjson',
  'bad_utf8',
  'bad_timestamp',
  'change_count',
  'line_too_long',
  'wrong_destination',
  'unknown_source',
  'untrusted_key',
  'key_changed',
  /** The signing key is already trusted for another unit. */
  'key_in_use',
  /** This PC's date is before data it has received: it is wrong, and must be corrected before an export re-stamps anything. */
  'clock_behind',
  /** The sending PC's clock is ahead of this one by more than a day (shared/… MAX_CLOCK_AHEAD_MS). */
  'clock_ahead',
  'replayed',
  'forked',
  'own_bundle',
  /** The sending installation is known here for another unit. */
  'installation_other_unit',
] as const;
export type BundleProblem = (typeof BUNDLE_PROBLEMS)[number];

/** A refused bundle reaches the renderer as DomainError('validation', 'bundle_<problem>'). */
export const BUNDLE_ERROR_PREFIX = 'bundle_';
