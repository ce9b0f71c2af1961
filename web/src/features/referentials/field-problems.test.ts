import { describe, expect, it } from "vitest";
import { t } from "../../test/factories.ts";
import { describeProblem, describeServerMessage, parseServerMessage } from "./field-problems.ts";

describe("parseServerMessage", () => {
  it("recognises the server's recurring messages, with their numbers and codes", () => {
    expect(parseServerMessage("Too big: expected string to have <=500 characters")).toEqual([
      { key: "problem.tooLong", values: { max: "500" } },
    ]);
    expect(parseServerMessage("Invalid input: expected number, received NaN")).toEqual([
      { key: "problem.required" },
    ]);
    expect(parseServerMessage("capacity C3 needs an evaluation method")).toEqual([
      { key: "problem.capacityNeedsMethod", values: { code: "C3" } },
    ]);
    expect(parseServerMessage("invalid check digits (not a SIRET)")).toEqual([
      { key: "company.problem.siretChecksum" },
    ]);
    // The accreditation form's end date and the training plan's, as the server words them.
    for (const message of ["must not be before validFrom", "must not be before startDate"])
      expect(parseServerMessage(message)).toEqual([{ key: "problem.notBeforeStart" }]);
  });

  it("reads each of several messages joined by semicolons, keeping unknown ones as sent", () => {
    expect(parseServerMessage("missing column; appears twice; the moon is full; ")).toEqual([
      { key: "problem.missingColumn" },
      { key: "problem.appearsTwice" },
      { text: "the moon is full" },
    ]);
  });
});

describe("describeServerMessage", () => {
  it("says the server's messages in French", () => {
    expect(describeServerMessage("must be a date YYYY-MM-DD; duplicate code B2", t)).toBe(
      "Date attendue au format AAAA-MM-JJ. Le code B2 est déjà utilisé.",
    );
    expect(describeServerMessage("must be a past date", t)).toBe("Doit être une date passée.");
    expect(describeProblem({ text: "as is" }, t)).toBe("as is");
  });
});

describe("bounds in zod's messages", () => {
  it("tells an inclusive minimum from an exclusive one", () => {
    expect(parseServerMessage("Too small: expected number to be >=1")).toEqual([
      { key: "problem.atLeast", values: { min: "1" } },
    ]);
    expect(parseServerMessage("Too small: expected number to be >0")).toEqual([
      { key: "problem.greaterThan", values: { min: "0" } },
    ]);
  });
});
