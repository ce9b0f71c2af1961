import type { Problem } from "../../lib/error-messages.ts";
import type { ExternalCertificationInput } from "./types.ts";

export interface ExternalCertificationFormValues {
  code: string;
  title: string;
  branchCode: string;
  rncpCode: string;
  rsCode: string;
  blocks: { code: string; title: string }[];
}

export const emptyBlock = { code: "", title: "" };
export const emptyExternalCertification: ExternalCertificationFormValues = {
  code: "",
  title: "",
  branchCode: "",
  rncpCode: "",
  rsCode: "",
  blocks: [emptyBlock],
};

/** The form's own fields, as the server names them (a bloc's are `blocks.<index>.code` and `.title`). */
export const externalCertificationFields = ["code", "title", "branchCode", "rncpCode", "rsCode", "blocks"];
export const blockFields = (count: number) =>
  Array.from({ length: count }, (_, index) => [`blocks.${index}.code`, `blocks.${index}.title`]).flat();

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The request: texts trimmed, an empty branch or code as null. */
export const toExternalCertificationInput = (
  values: ExternalCertificationFormValues,
): ExternalCertificationInput => ({
  code: values.code.trim(),
  title: values.title.trim(),
  branchCode: orNull(values.branchCode),
  rncpCode: orNull(values.rncpCode),
  rsCode: orNull(values.rsCode),
  blocks: values.blocks.map((block) => ({ code: block.code.trim(), title: block.title.trim() })),
});

/**
 * What the server would refuse before it is asked, field by field: the code, the title, and each bloc's
 * code and title are required; two blocs do not share a code (the second one is named).
 */
export function externalCertificationProblems(
  values: ExternalCertificationFormValues,
): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const required: Problem = { key: "problem.required" };
  if (values.code.trim() === "") problems.code = required;
  if (values.title.trim() === "") problems.title = required;
  const seen = new Set<string>();
  values.blocks.forEach((block, index) => {
    const code = block.code.trim();
    if (code === "") problems[`blocks.${index}.code`] = required;
    else if (seen.has(code))
      problems[`blocks.${index}.code`] = { key: "problem.duplicateCode", values: { code } };
    seen.add(code);
    if (block.title.trim() === "") problems[`blocks.${index}.title`] = required;
  });
  return problems;
}
