import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import LoanTool from "./LoanTool.svelte";
import SavingsTool from "./SavingsTool.svelte";
import { bundledCatalog, translator } from "./i18n";

const loanCost = vi.fn();
const savingsGoal = vi.fn();
vi.mock("./api", () => ({
  loanCost: (form: unknown) => loanCost(form),
  savingsGoal: (form: unknown) => savingsGoal(form),
  isCommandError: (e: unknown) => typeof e === "object" && e !== null && "code" in e,
}));

const t = translator("en", bundledCatalog());
const way = (monthly: string, total: string, months: string) => ({
  monthlyPayment: monthly,
  totalPaid: total,
  totalInterest: "x",
  monthsOfSalary: months,
});

describe("loan tool", () => {
  it("shows flat and declining interest side by side, and the difference", async () => {
    loanCost.mockResolvedValueOnce({
      flat: way("3,100.00 PHP", "37,200.00 PHP", "2.48"),
      declining: way("2,836.79 PHP", "34,041.45 PHP", "2.27"),
      flatCostsMore: "3,158.55 PHP",
    });
    render(LoanTool, { t, currencies: ["PHP"] });
    await fireEvent.input(screen.getByLabelText("Amount you borrow"), { target: { value: "30000" } });
    await fireEvent.input(screen.getByLabelText("Interest per year, in percent"), { target: { value: "24" } });
    await fireEvent.input(screen.getByLabelText("Number of monthly payments"), { target: { value: "12" } });
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    expect(loanCost).toHaveBeenCalledWith({ currency: "PHP", principal: "30000", yearlyRate: "24", months: "12", salary: "" });
    const result = (await screen.findByTestId("tool-result")).textContent ?? "";
    expect(result).toContain("3,100.00 PHP");
    expect(result).toContain("2,836.79 PHP");
    expect(result).toContain("2.48 months of your pay");
    expect(result).toContain("you pay 3,158.55 PHP more");
  });
});

describe("savings tool", () => {
  it("says in how many months the goal is reached, or that it never is", async () => {
    savingsGoal.mockResolvedValueOnce({ status: "reached", months: 6, finalBalance: "6,000,000.00 IDR" });
    savingsGoal.mockResolvedValueOnce({ status: "never", months: null, finalBalance: null });
    render(SavingsTool, { t, currencies: ["IDR"] });
    await fireEvent.input(screen.getByLabelText("Your goal"), { target: { value: "6000000" } });
    await fireEvent.input(screen.getByLabelText("You save each month"), { target: { value: "1000000" } });
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    expect((await screen.findByTestId("tool-result")).textContent).toContain("in 6 months");
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    expect((await screen.findByText(/will not reach the goal/)).textContent).toBeTruthy();
  });
});
