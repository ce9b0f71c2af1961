import type { MessageKey, MessageValues, Translate } from "../../lib/i18n/index.tsx";

/**
 * One message about one field or item: a translated sentence when the server's wording (or the
 * browser's own check) is a known one, the server's text otherwise.
 */
export type FieldProblem = { key: MessageKey; values?: MessageValues } | { text: string };

type Pattern = [RegExp, (match: RegExpMatchArray) => FieldProblem];

/** The server's recurring messages (zod and the referential rules), in the reader's language. */
const patterns: Pattern[] = [
  [
    /^required$|^must not be empty$|^Too small: expected string to have >=1 characters?$/,
    () => ({ key: "problem.required" }),
  ],
  [/^Invalid input: expected \w+, received (null|undefined|NaN)$/, () => ({ key: "problem.required" })],
  [
    /^Too big: expected string to have <=(\d+) characters$/,
    (m) => ({ key: "problem.tooLong", values: { max: m[1]! } }),
  ],
  [
    /^Too big: expected array to have <=(\d+) items$/,
    (m) => ({ key: "problem.tooMany", values: { max: m[1]! } }),
  ],
  [
    /^Too small: expected number to be >([^=\s]\S*)$/,
    (m) => ({ key: "problem.greaterThan", values: { min: m[1]! } }),
  ],
  [/^Too small: expected number to be >=(\S+)$/, (m) => ({ key: "problem.atLeast", values: { min: m[1]! } })],
  [/^Too big: expected number to be <=(\S+)$/, (m) => ({ key: "problem.atMost", values: { max: m[1]! } })],
  [/^Invalid input: expected int, received number$/, () => ({ key: "problem.integer" })],
  [/^must be 1–30 letters, digits, dots, hyphens or underscores$/, () => ({ key: "problem.codeFormat" })],
  [/^duplicate code (.+)$/, (m) => ({ key: "problem.duplicateCode", values: { code: m[1]! } })],
  [
    /^code (\S+) is already used by a sibling.*$/,
    (m) => ({ key: "problem.duplicateCode", values: { code: m[1]! } }),
  ],
  [/^at least one bloc is needed$/, () => ({ key: "problem.noBlock" })],
  [/^bloc (.+) has no capacity$/, (m) => ({ key: "problem.blockWithoutCapacity", values: { code: m[1]! } })],
  [
    /^capacity (.+) needs a criterion and an evaluation method$/,
    (m) => ({ key: "problem.capacityNeedsBoth", values: { code: m[1]! } }),
  ],
  [
    /^capacity (.+) needs a criterion$/,
    (m) => ({ key: "problem.capacityNeedsCriterion", values: { code: m[1]! } }),
  ],
  [
    /^capacity (.+) needs an evaluation method$/,
    (m) => ({ key: "problem.capacityNeedsMethod", values: { code: m[1]! } }),
  ],
  [/^no bloc (.+)$/, (m) => ({ key: "problem.unknownBlock", values: { code: m[1]! } })],
  [/^(.+) is a bloc of the CQPI$/, (m) => ({ key: "problem.reservedBlockCode", values: { code: m[1]! } })],
  [
    /^(.+) is a capacity of the CQPI$/,
    (m) => ({ key: "problem.reservedCapacityCode", values: { code: m[1]! } }),
  ],
  [/^must be a date YYYY-MM-DD$/, () => ({ key: "problem.date" })],
  [/^missing column$/, () => ({ key: "problem.missingColumn" })],
  [
    /^unknown column \(expected (.+)\)$/,
    (m) => ({ key: "problem.unknownColumn", values: { columns: m[1]! } }),
  ],
  [/^column (\d+) has no name$/, (m) => ({ key: "problem.unnamedColumn", values: { column: m[1]! } })],
  [
    /^is empty: expected a header row \((.+)\)$/,
    (m) => ({ key: "problem.emptyGrid", values: { columns: m[1]! } }),
  ],
  [/^must be the header row$/, () => ({ key: "problem.headerRow" })],
  [/^is not valid CSV: (.+)$/, (m) => ({ key: "problem.invalidCsv", values: { detail: m[1]! } })],
  [/^is not an XLSX workbook$/, () => ({ key: "problem.notXlsx" })],
  [/^the workbook has no sheet$/, () => ({ key: "problem.noSheet" })],
  [/^is missing: this is not a CASE CFPackage$/, () => ({ key: "problem.notCasePackage" })],
  [/^appears twice$/, () => ({ key: "problem.appearsTwice" })],
  // Candidates, companies and pathways.
  [/^must be a past date$/, () => ({ key: "candidate.problem.pastDate" })],
  [/^must be an INSEE commune code.*$/, () => ({ key: "candidate.problem.inseeCode" })],
  [/^must be 5 digits$/, () => ({ key: "candidate.problem.postalCode" })],
  [/^must be 3 capital letters or digits$/, () => ({ key: "candidate.problem.countryCode" })],
  [/^must be empty when birthInseeCode is given$/, () => ({ key: "candidate.problem.bothCodes" })],
  [/^required \(or birthPostalCode\).*$/, () => ({ key: "candidate.problem.birthPlace" })],
  [/^required for \w+$/, () => ({ key: "candidate.problem.companyRequired" })],
  [/^must be empty for job_seeker$/, () => ({ key: "candidate.problem.noCompany" })],
  [/^must be an email address$/, () => ({ key: "candidate.problem.email" })],
  [/^must be a phone number$/, () => ({ key: "candidate.problem.phone" })],
  [/^at most 3 first names$/, () => ({ key: "problem.tooMany", values: { max: 3 } })],
  [/^must be 14 digits$/, () => ({ key: "company.problem.siretFormat" })],
  [/^invalid check digits \(not a SIRET\)$/, () => ({ key: "company.problem.siretChecksum" })],
  [/^already registered$/, () => ({ key: "company.problem.siretTaken" })],
  [/^must not be before (startDate|validFrom)$/, () => ({ key: "problem.notBeforeStart" })],
];

/** The server sends several messages for one place joined by "; " (imports): each is read on its own. */
export function parseServerMessage(message: string): FieldProblem[] {
  return message
    .split("; ")
    .filter((part) => part.trim() !== "")
    .map((part) => {
      for (const [pattern, toProblem] of patterns) {
        const match = part.trim().match(pattern);
        if (match) return toProblem(match);
      }
      return { text: part };
    });
}

export function describeProblem(problem: FieldProblem, t: Translate): string {
  return "key" in problem ? t(problem.key, problem.values) : problem.text;
}

/** A server message as the reader should see it. */
export function describeServerMessage(message: string, t: Translate): string {
  return parseServerMessage(message)
    .map((problem) => describeProblem(problem, t))
    .join(" ");
}
