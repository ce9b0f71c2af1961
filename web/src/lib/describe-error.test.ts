import { describe, expect, it } from "vitest";
import { t } from "../test/factories.ts";
import { ApiError } from "./api.ts";
import { describeError, fieldError, hasOnlyFieldErrors } from "./describe-error.ts";

const refusal = (code: string, params = {}, status = 409, fields = {}) =>
  new ApiError({ status, code, message: "The server's English words", params, fields });

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
    expect(describeError(refusal("QUORUM_NOT_MET", { missing: ["NO_EMPLOYEE_PRESENT"] }), t)).toBe(
      "Le quorum n'est pas atteint : personne ne peut voter.",
    );
    expect(describeError(refusal("VOTES_MISSING"), t)).toMatch(/^Aucune décision n'a encore la majorité/);
    expect(describeError(refusal("PRESIDENT_AND_VICE_SAME_COLLEGE", {}, 400), t)).toBe(
      t("members.problem.sameCollege"),
    );
    expect(describeError(refusal("PROXY_OTHER_COLLEGE", { member: 4 }, 400), t)).toBe(
      t("attendance.problem.proxyOtherCollege"),
    );
  });

  it("says why an evaluator is not accredited, from the reason among the refusal's parameters", () => {
    expect(
      describeError(refusal("EVALUATOR_NOT_ACCREDITED", { reason: "expired", until: "2026-05-31" }), t),
    ).toBe("L'habilitation de cet évaluateur pour ce CQPI dans cette branche a expiré.");
    expect(describeError(refusal("EVALUATOR_NOT_ACCREDITED", { reason: "upcoming" }), t)).toMatch(
      /n'est pas encore valide/,
    );
    expect(describeError(refusal("EVALUATOR_NOT_ACCREDITED", { reason: "something new" }), t)).toBe(
      "Cet évaluateur n'est pas habilité pour ce CQPI dans cette branche.",
    );
  });

  it("translates refusals that once showed the server's English words", () => {
    expect(describeError(refusal("EMAIL_TAKEN"), t)).toBe(
      "Un autre compte utilise déjà cette adresse e-mail.",
    );
    expect(describeError(refusal("VALIDATION_FAILED", {}, 400), t)).toBe("Certains champs sont à corriger.");
  });

  it("falls back on the status, then on the server's own message, for a code this build does not know", () => {
    expect(describeError(refusal("WHATEVER", {}, 404), t)).toBe("Cet élément n'existe pas ou n'existe plus.");
    expect(describeError(refusal("NEW_RULE"), t)).toBe("The server's English words");
    expect(describeError(new ApiError({ status: 0, code: "NETWORK_ERROR", message: "" }), t)).toMatch(
      /injoignable/,
    );
    expect(describeError(new Error("bug"), t)).toBe(t("error.unexpected"));
  });
});

describe("field errors", () => {
  it("finds a field's problem in the reader's language and whether the fields explain it all", () => {
    const error = refusal("VALIDATION_FAILED", {}, 400, {
      siret: { code: "INVALID_FORMAT", params: { format: "siret" }, message: "must be 14 digits" },
      name: { code: "TOO_LONG", params: { max: 200 }, message: "must be at most 200 characters" },
    });
    expect(fieldError(error, "siret", t)).toBe("Le SIRET compte 14 chiffres.");
    expect(fieldError(error, "name", t)).toBe("Trop long : 200 caractères au plus.");
    expect(fieldError(error, "title", t)).toBeUndefined();
    expect(hasOnlyFieldErrors(error, ["name", "siret"])).toBe(true);
    expect(hasOnlyFieldErrors(error, ["name"])).toBe(false);
  });
});
