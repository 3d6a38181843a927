import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import RemittanceTool from "./RemittanceTool.svelte";
import { bundledCatalog, translator } from "./i18n";
import { numberLocale } from "./display";

const remittanceCost = vi.fn();
vi.mock("./api", () => ({
  remittanceCost: (form: unknown) => remittanceCost(form),
  isCommandError: (e: unknown) => typeof e === "object" && e !== null && "code" in e,
}));

const t = translator("en", bundledCatalog());

// What Passage works out for 1,000 MYR at 5,300 VND with a fee of 10, against 5,400.
const sent1000 = {
  senderPays: "1,010.00 MYR",
  received: "5,300,000 VND",
  receivedAtReference: "5,400,000 VND",
  feeCost: "10.00 MYR",
  marginCost: "18.52 MYR",
  totalCost: "28.52 MYR",
  totalPercent: "2.85",
  underTarget: true,
  referenceRate: "1 MYR = 5,400 VND",
  rateDate: "2026-11-20",
  rateSource: "Example",
};

describe("remittance tool", () => {
  it("sends what was typed, shows the cost against 3% and the rate's date", async () => {
    remittanceCost.mockResolvedValueOnce(sent1000);
    render(RemittanceTool, { t, currencies: ["MYR", "VND"] });
    await fireEvent.input(screen.getByLabelText("Amount you send"), { target: { value: "๑,๐๐๐" } });
    await fireEvent.input(screen.getByLabelText("Fee the provider asks"), { target: { value: "10" } });
    await fireEvent.input(screen.getByLabelText("Rate the provider gives for 1 MYR"), { target: { value: "5300" } });
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    expect(remittanceCost).toHaveBeenCalledWith({
      from: "MYR",
      to: "VND",
      amount: "๑,๐๐๐",
      fee: "10",
      feeIncluded: false,
      offeredRate: "5300",
      referenceRate: "",
    });
    const result = await screen.findByTestId("tool-result");
    expect(result.textContent).toContain("28.52 MYR");
    expect(result.textContent).toContain("2.85% of the money you send");
    expect(result.textContent).toContain("below 3%");
    expect(screen.getByTestId("tool-rate").textContent).toContain("2026-11-20");
  });

  it("writes the figures in Thai digits when the learner asked for them", async () => {
    remittanceCost.mockResolvedValueOnce({ ...sent1000, rateDate: null, rateSource: null });
    const thai = translator("th", bundledCatalog(), numberLocale("th", true));
    render(RemittanceTool, { t: thai, currencies: ["MYR", "VND"] });
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    const result = await screen.findByTestId("tool-result");
    expect(result.textContent).toContain("๕,๓๐๐,๐๐๐ VND");
    expect(result.textContent).toContain("๒๘.๕๒ MYR");
    expect(result.textContent).toContain("๒.๘๕");
    expect(result.textContent).not.toMatch(/[0-9]/);
    expect(screen.getByTestId("tool-rate").textContent).toContain("๑ MYR = ๕,๔๐๐ VND");
  });

  it("puts the error on the field it is about", async () => {
    remittanceCost.mockRejectedValueOnce({ code: "bad-amount", detail: "amount: letters", field: "amount" });
    render(RemittanceTool, { t, currencies: ["MYR", "VND"] });
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    expect((await screen.findByTestId("tool-error")).textContent).toContain("Check this number");
    expect(screen.getByLabelText("Amount you send").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Fee the provider asks").getAttribute("aria-invalid")).toBe("false");
  });
});
