// Error codes from the Rust side, each with the message that explains it to
// a learner. A `Record` over the generated union: a new code in Rust fails the
// type check here until it has a message.
import type { ErrorCode } from "./bindings/ErrorCode";
import type { Translate } from "./i18n";
import type { MessageId } from "./bindings/MessageId";
import { isCommandError } from "./api";

export const errorMessage: Record<ErrorCode, MessageId> = {
  "content-unreadable": "error-content-unreadable",
  "content-invalid": "error-content-invalid",
  "not-found": "error-not-found",
  "search-unavailable": "error-search-unavailable",
  "search-not-ready": "error-search-not-ready",
  "bad-input": "error-bad-input",
  "wrong-pin": "error-wrong-pin",
  "no-learner": "error-no-learner",
  "store-failed": "error-store-failed",
  "store-damaged": "error-store-damaged",
  "disk-full": "error-disk-full",
  "bad-amount": "error-bad-amount",
  "no-trainer": "error-no-trainer",
  "roster-unreadable": "error-roster-unreadable",
  "print-failed": "error-print-failed",
  "hub-unreachable": "error-hub-unreachable",
  "hub-refused": "error-hub-refused",
  "hub-revoked": "error-hub-revoked",
  "hub-bad-code": "error-hub-bad-code",
  "hub-incompatible": "error-hub-incompatible",
  "hub-rejected": "error-hub-rejected",
  "not-enrolled": "error-not-enrolled",
  "sync-file-broken": "error-sync-file-broken",
  "sync-file-not-ours": "error-sync-file-not-ours",
};

/**
 * What went wrong, in the user's language. For trainers, `withDetail` adds
 * the detail Rust gives (the field, file or line), which helps them fix it.
 */
export function describe(t: Translate, err: unknown, withDetail = false): string {
  if (!isCommandError(err)) return String(err);
  const words = t(errorMessage[err.code]);
  return withDetail ? `${words} (${err.detail})` : words;
}
