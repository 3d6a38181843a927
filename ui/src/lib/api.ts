// The commands the Rust side offers, typed with the generated bindings.
// Every call the UI makes goes through here.
import { invoke } from "@tauri-apps/api/core";
import type { HomeScreen } from "./bindings/HomeScreen";
import type { CommandError } from "./bindings/CommandError";

export type { HomeScreen, CommandError };

export function homeScreen(): Promise<HomeScreen> {
  return invoke<HomeScreen>("home_screen");
}

/** Whether a rejected command carries Passage's error shape. */
export function isCommandError(err: unknown): err is CommandError {
  return typeof err === "object" && err !== null && "code" in err && "detail" in err;
}
