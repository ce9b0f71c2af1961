import { describe, expect, it } from "vitest";
import { refusedField, toVoteInput, type VoteDraft, voteProblem } from "./vote-values.ts";

const draft = (changes: Partial<VoteDraft>): VoteDraft => ({
  decision: "award",
  blockCodes: [],
  motivation: "",
  ...changes,
});
const blocks = ["B1", "B2", "B3"];

describe("voteProblem", () => {
  it.each([
    ["a full award without motivation", draft({}), null],
    ["a full award with blocs ticked before changing the decision", draft({ blockCodes: ["B1"] }), null],
    ["no decision", draft({ decision: null }), ["decision", "form.required"]],
    [
      "a refusal without motivation",
      draft({ decision: "refusal" }),
      ["motivation", "vote.problem.motivation"],
    ],
    [
      "a deferral with a blank motivation",
      draft({ decision: "deferral", motivation: "  \n " }),
      ["motivation", "vote.problem.motivation"],
    ],
    ["a refusal with its motivation", draft({ decision: "refusal", motivation: "Écarts en C2" }), null],
    [
      "a partial award without blocs",
      draft({ decision: "partial_award", motivation: "B2 non acquis" }),
      ["blockCodes", "vote.problem.blocks"],
    ],
    [
      "a partial award naming every bloc",
      draft({ decision: "partial_award", blockCodes: blocks, motivation: "Tout" }),
      ["blockCodes", "vote.problem.blocksAreAll"],
    ],
    [
      "a partial award with blocs and motivation",
      draft({ decision: "partial_award", blockCodes: ["B1"], motivation: "B2 non acquis" }),
      null,
    ],
  ] as const)("%s", (_, value, expected) => {
    expect(voteProblem(value, blocks)).toEqual(expected);
  });
});

describe("toVoteInput", () => {
  it("sends the blocs of a partial award and the trimmed motivation", () => {
    expect(
      toVoteInput(
        draft({ decision: "partial_award", blockCodes: ["B1", "B3"], motivation: " B2 à revoir " }),
        null,
      ),
    ).toEqual({ decision: "partial_award", blockCodes: ["B1", "B3"], motivation: "B2 à revoir" });
  });

  it("leaves out blocs ticked before the decision changed, and an empty motivation", () => {
    expect(toVoteInput(draft({ decision: "award", blockCodes: ["B1"], motivation: "  " }), null)).toEqual({
      decision: "award",
    });
  });

  it("names the represented member when the vote is cast with a proxy", () => {
    expect(toVoteInput(draft({ decision: "refusal", motivation: "Non" }), 42)).toEqual({
      decision: "refusal",
      motivation: "Non",
      onBehalfOf: 42,
    });
  });
});

describe("refusedField", () => {
  it("puts a ballot refused by the server beside its field, and leaves other refusals to the page", () => {
    expect(refusedField("BLOCK_UNKNOWN")).toEqual(["blockCodes", "vote.problem.blockUnknown"]);
    expect(refusedField("MOTIVATION_REQUIRED")).toEqual(["motivation", "vote.problem.motivation"]);
    expect(refusedField("QUORUM_NOT_MET")).toBeNull();
    expect(refusedField("toString")).toBeNull();
  });
});
