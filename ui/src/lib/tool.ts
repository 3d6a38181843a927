// What every money tool does with its answer: the result, or an error in
// the learner's language with the field it is about.
import type { Translate } from "./i18n";
import { isCommandError } from "./api";
import { errorMessage } from "./errors";

export type ToolError = { field: string | null; message: string };

export async function runTool<T>(
  call: () => Promise<T>,
  t: Translate,
): Promise<{ result: T | null; error: ToolError | null }> {
  try {
    return { result: await call(), error: null };
  } catch (err) {
    const error = isCommandError(err)
      ? { field: err.field, message: t(errorMessage[err.code]) }
      : { field: null, message: String(err) };
    return { result: null, error };
  }
}
