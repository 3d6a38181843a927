// Where the learner is in the app. The app has no URLs to share, so a small
// state value is the whole router.
export type View =
  | { kind: "home" }
  | { kind: "course"; courseId: string }
  | { kind: "lesson"; courseId: string; lessonId: string; locale?: string }
  | { kind: "new-profile" }
  | { kind: "my-data" }
  | { kind: "trainer" }
  | { kind: "workshops" }
  | { kind: "rates" }
  | { kind: "translations" }
  | { kind: "sync" }
  | { kind: "workshop"; workshopId: string }
  | { kind: "present"; workshopId: string; courseId: string; lessonId: string };

export type Navigate = (to: View) => void;
