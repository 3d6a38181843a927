import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import LoanTool from "./LoanTool.svelte";
import SavingsTool from "./SavingsTool.svelte";
import BudgetTool from "./BudgetTool.svelte";
import { bundledCatalog, translator } from "./i18n";

const loanCost = vi.fn();
const savingsGoal = vi.fn();
const monthlyBudget = vi.fn();
vi.mock("./api", () => ({
  loanCost: (form: unknown) => loanCost(form),
  savingsGoal: (form: unknown) => savingsGoal(form),
  monthlyBudget: (form: unknown) => monthlyBudget(form),
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

describe("budget tool", () => {
  it("sends the month as typed and shows it in both currencies", async () => {
    monthlyBudget.mockResolvedValueOnce({
      totalCosts: "1,200.00 MYR",
      leftOver: "-200.00 MYR",
      outcome: "shortfall",
      remittanceHome: "4,360,400 VND",
      savingHome: "1,090,100 VND",
      monthsToGoal: null,
      homeRate: "1 MYR = 5,450.5 VND",
      rateDate: null,
    });
    render(BudgetTool, { t, currencies: ["MYR", "VND"] });
    await fireEvent.input(screen.getByLabelText("Your pay each month"), { target: { value: "2000" } });
    await fireEvent.input(screen.getByLabelText("Food"), { target: { value: "400" } });
    await fireEvent.input(screen.getByLabelText("Money you send home each month"), { target: { value: "800" } });
    await fireEvent.click(screen.getByTestId("tool-calculate"));
    const sent = monthlyBudget.mock.calls[0]?.[0] as { earnings: string; costs: { name: string; amount: string }[]; remittance: string };
    expect(sent.earnings).toBe("2000");
    expect(sent.costs.find((c) => c.name === "food")?.amount).toBe("400");
    expect(sent.remittance).toBe("800");
    const result = (await screen.findByTestId("tool-result")).textContent ?? "";
    expect(result).toContain("More goes out than comes in");
    expect(result).toContain("4,360,400 VND");
    expect(screen.getByTestId("tool-rate").textContent).toContain("as you typed it");
  });
});
