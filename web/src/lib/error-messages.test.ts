import { describe, expect, it } from "vitest";
import { errorCodes, fieldErrorCodes } from "../../../src/server/error-codes.ts";
import { t } from "../test/factories.ts";
import {
  describeProblems,
  type ErrorParams,
  fieldProblems,
  problemsOfField,
  problemsOfRefusal,
  refusals,
} from "./error-messages.ts";
import { translate } from "./i18n/index.tsx";
import { describeImportProblem } from "./import-problem.ts";

const field = (code: string, params?: ErrorParams) => {
  const problems = problemsOfField({ code, params, message: "in English" });
  return problems && describeProblems(problems, t);
};

describe("field codes in French", () => {
  it.each([
    ["REQUIRED", undefined, "Ce champ est obligatoire."],
    ["TOO_LONG", { max: 200 }, "Trop long : 200 caractères au plus."],
    ["TOO_MANY", { max: 3 }, "Trop d'éléments : 3 au plus."],
    ["TOO_SMALL", { min: 1, inclusive: true }, "Doit être au moins 1."],
    ["TOO_SMALL", { min: 0, inclusive: false }, "Doit être supérieur à 0."],
    ["TOO_BIG", { max: 100, inclusive: true }, "Doit être au plus 100."],
    ["INVALID_TYPE", { expected: "int" }, "Doit être un nombre entier."],
    ["INVALID_FORMAT", { format: "date" }, "Date attendue au format AAAA-MM-JJ."],
    ["INVALID_FORMAT", { format: "insee_code" }, expect.stringMatching(/^Un code INSEE de commune/)],
    ["INVALID_FORMAT", { format: "siret" }, "Le SIRET compte 14 chiffres."],
    ["INVALID_FORMAT", { format: "a_new_one" }, "Format non reconnu."],
    ["INVALID_ENUM", { options: ["M", "F"] }, "Valeur non reconnue : choisissez parmi M, F."],
    ["SIRET_CHECKSUM", undefined, "Ce numéro n'est pas un SIRET valide (clé de contrôle incorrecte)."],
    ["BIRTHPLACE_REQUIRED", undefined, expect.stringMatching(/^Indiquez la commune de naissance/)],
    ["BEFORE_OTHER_DATE", { other: "startDate" }, "Ne peut pas précéder la date de début."],
    [
      "BEFORE_OTHER_DATE",
      { other: "opinion.givenOn" },
      "Ne peut pas précéder la date de l'avis paritaire de la demande.",
    ],
    ["BEFORE_OTHER_DATE", { other: "requestedOn" }, "Ne peut pas précéder la date de la demande d'adhésion."],
    ["DUPLICATE_CODE", { code: "B2" }, "Le code B2 est déjà utilisé."],
    ["CAPACITY_NEEDS_METHOD", { code: "C3" }, "La capacité C3 doit avoir au moins une méthode d'évaluation."],
    [
      "ACCREDITATION_EXPIRED",
      { until: "2026-05-31" },
      "L'habilitation de cet évaluateur a expiré le 2026-05-31.",
    ],
    [
      "CAPACITIES_REFUSED",
      { method: "observation", unknown: ["C9", "C8"], notAssessedByMethod: ["C2"] },
      "Capacités inconnues : C9, C8. Capacités que cette méthode n'évalue pas : C2.",
    ],
    ["DIFFERS_FROM_ROW", { firstRow: 2, value: "Régler", row: 4 }, "Diffère de la ligne 2 (« Régler »)."],
  ])("%s %o → %s", (code, params, sentence) => {
    expect(field(code, params)).toEqual(sentence);
  });

  it("leaves a code this build does not know to its caller", () => {
    expect(problemsOfField({ code: "FROM_A_NEWER_SERVER", message: "in English" })).toBeNull();
    expect(problemsOfRefusal("FROM_A_NEWER_SERVER")).toBeNull();
  });
});

describe("the message tables", () => {
  const sentences = (describe: ((params: ErrorParams) => unknown) | undefined) =>
    ([describe?.({ unknown: ["C1"] })].flat() as { key: Parameters<typeof t>[0] }[]).flatMap((problem) => [
      translate("fr", problem.key),
      translate("en", problem.key),
    ]);

  it("say every code the server sends, in French and in English", () => {
    for (const code of fieldErrorCodes) expect(sentences(fieldProblems[code]), code).not.toHaveLength(0);
    for (const code of errorCodes) expect(sentences(refusals[code]), code).not.toHaveLength(0);
    const all = [
      ...fieldErrorCodes.map((code) => fieldProblems[code]),
      ...errorCodes.map((code) => refusals[code]),
    ];
    for (const sentence of all.flatMap(sentences)) expect(sentence.trim()).not.toBe("");
  });
});

describe("certificate refusals in French", () => {
  const refusal = (code: string, params?: ErrorParams) => {
    const problems = problemsOfRefusal(code, params);
    return problems && describeProblems(problems, t);
  };

  it("say why no signing key can be used, from the reason the server gives", () => {
    expect(refusal("ISSUER_KEY_MISSING", { reason: "private_key_missing" })).toMatch(
      /^La clé de signature en vigueur est absente du fichier de clés/,
    );
    expect(refusal("ISSUER_KEY_MISSING", { reason: "not_generated" })).toMatch(
      /^Aucune clé de signature utilisable/,
    );
    expect(refusal("CERTIFICATE_ALREADY_REVOKED")).toBe(
      "Ce certificat est déjà révoqué : une révocation est définitive.",
    );
  });
});

describe("problems of an imported grid, in French with their row", () => {
  const problem = (key: string, code: string, params: ErrorParams) =>
    describeImportProblem(key, { code, params, message: "in English" }, t);

  it("names the row and the column as the grid heads it", () => {
    expect(
      problem("row 3, capacity_methods", "UNKNOWN_METHOD", {
        method: "danse",
        options: ["booklet", "questioning", "observation", "interview"],
        row: 3,
        column: "capacity_methods",
      }),
    ).toEqual({
      location: "Ligne 3, colonne « Méthodes d'évaluation »",
      message:
        "Méthode inconnue « danse » (attendues : Livret d'activité, Questionnement, " +
        "Observation en situation de travail, Entretien, séparées par |).",
    });
    expect(
      problem("row 4, criterion_weight", "NOT_A_NUMBER", {
        value: "deux",
        row: 4,
        column: "criterion_weight",
      }),
    ).toEqual({
      location: "Ligne 4, colonne « Coefficient »",
      message: "Doit être un nombre, pas « deux ».",
    });
  });

  it("keeps a column as the file named it, lists the expected ones in words, and says a row alone", () => {
    expect(
      problem("row 1, Poids", "UNKNOWN_COLUMN", {
        columns: ["bloc_code", "criterion_weight"],
        row: 1,
        column: "Poids",
      }),
    ).toEqual({
      location: "Ligne 1, colonne « Poids »",
      message: "Colonne inconnue (colonnes attendues : Code du bloc, Coefficient).",
    });
    expect(problem("row 2", "NOT_CSV", { detail: "Quote Not Closed", row: 2 }).location).toBe("Ligne 2");
    expect(problem("file", "NOT_XLSX", {})).toEqual({
      location: "Fichier",
      message: "Ce n'est pas un classeur Excel (.xlsx).",
    });
  });
});
