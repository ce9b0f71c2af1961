import { describe, expect, it } from "vitest";
import {
  awaitingDecision,
  awaitingOpinion,
  mayRequestAdhesion,
  type OpinionValues,
  opinionProblems,
} from "./adhesion-values.ts";
import type { AdhesionHistory, AdhesionView } from "./types.ts";

const request = (id: number, status: AdhesionView["status"]): AdhesionView => ({
  id,
  branchCode: "FFM",
  status,
  requestedOn: "2026-03-01",
  motivation: "",
  opinion:
    status === "requested" ? null : { givenOn: "2026-03-20", employer: "favourable", employee: "favourable" },
  decisionId: null,
  decidedOn: null,
});

const history = (items: AdhesionView[], charterAdhesionDate: string | null = null): AdhesionHistory => ({
  branchCode: "FFM",
  charterAdhesionDate,
  items,
});

describe("the adhesion request's moves, as the page offers them", () => {
  it("lets a branch request when it has not adhered and has no request in progress", () => {
    expect(mayRequestAdhesion(history([]))).toBe(true);
    expect(mayRequestAdhesion(history([request(1, "refused")]))).toBe(true);
    expect(mayRequestAdhesion(history([request(2, "requested")]))).toBe(false);
    expect(mayRequestAdhesion(history([request(2, "opinion_recorded")]))).toBe(false);
    expect(mayRequestAdhesion(history([request(3, "accepted")], "2026-04-01"))).toBe(false);
  });

  it("asks the opinion of a requested one and the committee's decision once the opinion is recorded", () => {
    const requested = history([request(2, "requested"), request(1, "refused")]);
    expect(awaitingOpinion(requested)?.id).toBe(2);
    expect(awaitingDecision(requested)).toBeUndefined();
    const opined = history([request(2, "opinion_recorded")]);
    expect(awaitingOpinion(opined)).toBeUndefined();
    expect(awaitingDecision(opined)?.id).toBe(2);
    expect(awaitingOpinion(undefined)).toBeUndefined();
  });
});

describe("opinionProblems", () => {
  const opinion = (changes: Partial<OpinionValues>): OpinionValues => ({
    givenOn: "2026-03-20",
    employer: "favourable",
    employee: "unfavourable",
    ...changes,
  });
  it.each<[string, OpinionValues, ReturnType<typeof opinionProblems>]>([
    ["both colleges' opinions", opinion({}), {}],
    ["the day of the request", opinion({ givenOn: "2026-03-01" }), {}],
    [
      "before the request",
      opinion({ givenOn: "2026-02-28" }),
      { givenOn: "adhesion.problem.opinionBeforeRequest" },
    ],
    [
      "nothing chosen",
      { givenOn: "", employer: "", employee: "" },
      { givenOn: "form.required", employer: "form.required", employee: "form.required" },
    ],
  ])("%s", (_, values, expected) => {
    expect(opinionProblems(values, "2026-03-01")).toEqual(expected);
  });
});
