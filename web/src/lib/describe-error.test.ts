import { describe, expect, it } from "vitest";
import { t } from "../test/factories.ts";
import { ApiError } from "./api.ts";
import { describeError, fieldError, hasOnlyFieldErrors } from "./describe-error.ts";

const refusal = (code: string, message = "", status = 409, fields = {}) =>
  new ApiError({ status, code, message, fields });

describe("describeError", () => {
  it("translates the pathway's refusals into a sentence", () => {
    expect(describeError(refusal("NO_CLOSED_ASSESSMENT"), t)).toBe(
      "Clôturez d'abord au moins une évaluation de cette séance.",
    );
    expect(describeError(refusal("EVALUATOR_TRAINED_CANDIDATE"), t)).toMatch(
      /^Cet évaluateur a formé le candidat/,
    );
  });

  it("translates the jury's refusals, the composition's and proxies' with the forms' own sentences", () => {
    expect(describeError(refusal("QUORUM_NOT_MET", "The quorum is not met: NO_EMPLOYEE_PRESENT"), t)).toBe(
      "Le quorum n'est pas atteint : personne ne peut voter.",
    );
    expect(describeError(refusal("VOTES_MISSING"), t)).toMatch(/^Aucune décision n'a encore la majorité/);
    expect(describeError(refusal("PRESIDENT_AND_VICE_SAME_COLLEGE", "", 400), t)).toBe(
      t("members.problem.sameCollege"),
    );
    expect(describeError(refusal("PROXY_OTHER_COLLEGE", "Member 4: …", 400), t)).toBe(
      t("attendance.problem.proxyOtherCollege"),
    );
  });

  it("says why an evaluator is not accredited, from the reason the server gives", () => {
    const message = (reason: string) => `The evaluator is not accredited: ${reason}`;
    expect(describeError(refusal("EVALUATOR_NOT_ACCREDITED", message("accreditation expired")), t)).toBe(
      "L'habilitation de cet évaluateur pour ce CQPI dans cette branche a expiré.",
    );
    expect(
      describeError(refusal("EVALUATOR_NOT_ACCREDITED", message("accreditation not yet valid")), t),
    ).toMatch(/n'est pas encore valide/);
    expect(describeError(refusal("EVALUATOR_NOT_ACCREDITED", message("something new")), t)).toBe(
      "Cet évaluateur n'est pas habilité pour ce CQPI dans cette branche.",
    );
  });

  it("falls back on the status, then on the server's own message", () => {
    expect(describeError(refusal("WHATEVER", "", 404), t)).toBe("Cet élément n'existe pas ou n'existe plus.");
    expect(describeError(refusal("NEW_RULE", "A new refusal"), t)).toBe("A new refusal");
    expect(describeError(new ApiError({ status: 0, code: "NETWORK_ERROR", message: "" }), t)).toMatch(
      /injoignable/,
    );
    expect(describeError(new Error("bug"), t)).toBe(t("error.unexpected"));
  });
});

describe("field errors", () => {
  it("finds a field's message and whether the fields explain it all", () => {
    const error = refusal("VALIDATION_FAILED", "", 400, { siret: "must be 14 digits" });
    expect(fieldError(error, "siret")).toBe("must be 14 digits");
    expect(hasOnlyFieldErrors(error, ["name", "siret"])).toBe(true);
    expect(hasOnlyFieldErrors(error, ["name"])).toBe(false);
  });
});
