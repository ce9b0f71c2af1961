import { describe, expect, it } from "vitest";
import { type SessionValues, sessionProblems } from "./session-values.ts";

const values = (changes: Partial<SessionValues>): SessionValues => ({
  branchCode: "UIMM",
  sittingOn: "2026-12-10",
  place: "",
  videoLink: "https://visio.exemple.fr/cpne",
  ...changes,
});

describe("sessionProblems", () => {
  it.each<[string, SessionValues, ReturnType<typeof sessionProblems>]>([
    ["a video session", values({}), {}],
    ["a session in a room", values({ place: "Paris, salle 2", videoLink: "" }), {}],
    ["neither place nor link", values({ place: " ", videoLink: "" }), { place: "jurySession.placeOrLink" }],
    [
      "a link that is not a web address",
      values({ videoLink: "salle 2" }),
      { videoLink: "jurySession.problem.videoLink" },
    ],
    [
      "a link to a file",
      values({ videoLink: "file:///etc/passwd" }),
      { videoLink: "jurySession.problem.videoLink" },
    ],
    [
      "no branch nor date",
      values({ branchCode: "", sittingOn: "" }),
      { branchCode: "form.required", sittingOn: "form.required" },
    ],
  ])("%s", (_, input, expected) => {
    expect(sessionProblems(input)).toEqual(expected);
  });
});
