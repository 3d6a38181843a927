// A lesson as slides for the projector: a title slide with the objectives,
// the key points, one slide per section of the lesson (each `<h2>` starts
// one), then the activity's steps and its debrief questions. The lesson's
// HTML was sanitized in Rust; this only cuts it at its headings.
import type { LessonView } from "../bindings/LessonView";

export type Slide =
  | { kind: "title"; heading: string; items: string[] }
  | { kind: "points"; heading: string; items: string[] }
  | { kind: "section"; heading: string; html: string };

/** Cuts sanitized lesson HTML into sections at its top-level `<h2>` headings. */
export function sections(html: string): { heading: string; html: string }[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out: { heading: string; html: string }[] = [];
  let current: { heading: string; parts: string[] } = { heading: "", parts: [] };
  for (const node of Array.from(doc.body.childNodes)) {
    if (node instanceof HTMLElement && node.tagName === "H2") {
      if (current.parts.join("").trim() || current.heading) out.push({ heading: current.heading, html: current.parts.join("") });
      current = { heading: node.textContent ?? "", parts: [] };
    } else if (node instanceof HTMLElement) {
      current.parts.push(node.outerHTML);
    } else if (node.textContent?.trim()) {
      current.parts.push(node.textContent);
    }
  }
  if (current.parts.join("").trim() || current.heading) out.push({ heading: current.heading, html: current.parts.join("") });
  return out;
}

/** Every slide of a lesson, with headings from `words` for the fixed slides. */
export function slidesOf(
  lesson: LessonView,
  words: { keyPoints: string; activity: string; debrief: string },
): Slide[] {
  const slides: Slide[] = [{ kind: "title", heading: lesson.title, items: lesson.objectives }];
  if (lesson.keyPoints.length > 0) slides.push({ kind: "points", heading: words.keyPoints, items: lesson.keyPoints });
  for (const s of sections(lesson.html)) {
    slides.push({ kind: "section", heading: s.heading || lesson.title, html: s.html });
  }
  if (lesson.activity) {
    slides.push({ kind: "points", heading: `${words.activity}: ${lesson.activity.title}`, items: lesson.activity.steps });
    if (lesson.activity.debrief.length > 0)
      slides.push({ kind: "points", heading: words.debrief, items: lesson.activity.debrief });
  }
  return slides;
}
