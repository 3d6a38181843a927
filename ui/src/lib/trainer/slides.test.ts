import { describe, expect, it } from "vitest";
import { sections, slidesOf } from "./slides";
import type { LessonView } from "../bindings/LessonView";

describe("lesson slides", () => {
  it("cuts the lesson at its h2 headings and keeps what comes before", () => {
    const cut = sections("<p>Intro</p><h2>Fees</h2><p>Pay no more than the law says.</p><ul><li>Ask</li></ul><h2>Debt</h2><p>Count it.</p>");
    expect(cut).toEqual([
      { heading: "", html: "<p>Intro</p>" },
      { heading: "Fees", html: "<p>Pay no more than the law says.</p><ul><li>Ask</li></ul>" },
      { heading: "Debt", html: "<p>Count it.</p>" },
    ]);
  });

  it("puts objectives first and the activity's steps and debrief last", () => {
    const lesson = {
      title: "Red flags",
      objectives: ["Spot a fake offer"],
      keyPoints: ["Never pay to get a job"],
      html: "<h2>Story</h2><p>Dara met a broker.</p>",
      activity: { title: "Sort the offers", minutes: 20, materials: [], steps: ["Make pairs", "Sort"], debrief: ["What surprised you?"] },
    } as unknown as LessonView;
    const slides = slidesOf(lesson, { keyPoints: "Key points", activity: "Activity", debrief: "Talk about it" });
    expect(slides.map((s) => s.heading)).toEqual([
      "Red flags",
      "Key points",
      "Story",
      "Activity: Sort the offers",
      "Talk about it",
    ]);
    expect(slides[3]).toMatchObject({ items: ["Make pairs", "Sort"] });
  });
});
