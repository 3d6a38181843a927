import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Sync from "./Sync.svelte";
import { bundledCatalog, translator } from "../i18n";
import type { SyncView } from "../bindings/SyncView";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (command: string, args?: unknown) => invoke(command, args),
}));

const t = translator("en", bundledCatalog());

const notEnrolled: SyncView = {
  enrolled: false,
  hubUrl: null,
  orgName: null,
  lastSuccessMillis: null,
  waiting: 3,
  running: false,
  problem: null,
  lastSent: 0,
  lastReceived: 0,
  refused: [],
  folders: ["/home/trainer/Documents/Passage"],
  files: [],
};

describe("sync screen", () => {
  it("asks for the hub's address and code, and says why enrolment failed", async () => {
    invoke.mockReset();
    invoke.mockImplementation((command: string) => {
      if (command === "sync_view") return Promise.resolve(notEnrolled);
      if (command === "enrol_hub") return Promise.reject({ code: "hub-bad-code", detail: "code used", field: null });
      return Promise.reject(new Error(command));
    });
    render(Sync, { uiLocale: "en", t, go: () => {} });
    const url = await screen.findByTestId("hub-url");
    expect(url.getAttribute("type")).toBe("url");
    expect(screen.getByTestId("enrol").hasAttribute("disabled")).toBe(true);
    await fireEvent.input(url, { target: { value: " https://hub.example.org " } });
    await fireEvent.input(screen.getByTestId("hub-code"), { target: { value: "ABCD-1234" } });
    await fireEvent.click(screen.getByTestId("enrol"));
    expect(invoke).toHaveBeenCalledWith("enrol_hub", { url: "https://hub.example.org", code: "ABCD-1234" });
    expect((await screen.findByTestId("enrol-error")).textContent).toContain("This code does not work");
  });

  it("shows the last problem in plain words, with its detail for support", async () => {
    invoke.mockReset();
    invoke.mockResolvedValue({
      ...notEnrolled,
      enrolled: true,
      hubUrl: "https://hub.example.org",
      orgName: "Example Org",
      lastSuccessMillis: null,
      problem: { code: "hub-unreachable", detail: "connect: timed out", atMillis: Date.UTC(2026, 0, 5, 9, 30) },
      refused: ["example-cso-cambodia"],
    } satisfies SyncView);
    render(Sync, { uiLocale: "en", t, go: () => {} });
    const problem = await screen.findByTestId("sync-problem");
    expect(problem.getAttribute("role")).toBe("alert");
    expect(problem.textContent).toContain("The hub cannot be reached");
    expect(screen.getByText(/connect: timed out/)).toBeTruthy();
    expect(screen.getByText("Enrolled with Example Org at https://hub.example.org")).toBeTruthy();
    expect(screen.getByTestId("sync-last").textContent).toContain("never");
    expect(screen.getByTestId("sync-waiting").textContent).toContain("3 records wait for the hub.");
    expect(screen.getByTestId("sync-refused").textContent).toContain("example-cso-cambodia");
  });

  it("goes back to the trainer's door when trainer mode is locked", async () => {
    invoke.mockReset();
    invoke.mockRejectedValue({ code: "no-trainer", detail: "", field: null });
    const go = vi.fn();
    render(Sync, { uiLocale: "en", t, go });
    await vi.waitFor(() => expect(go).toHaveBeenCalledWith({ kind: "trainer" }));
  });
});
