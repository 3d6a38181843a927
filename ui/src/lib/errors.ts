// Error codes from the Rust side, each with the message that explains it to
// a learner. A `Record` over the generated union: a new code in Rust fails the
// type check here until it has a message.
import type { ErrorCode } from "./bindings/ErrorCode";

export const errorMessage: Record<ErrorCode, string> = {
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
};
