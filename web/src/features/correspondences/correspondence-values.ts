import { certificationOf } from "./end-options.ts";
import type { CorrespondenceEnd, CorrespondenceKind, RecordCorrespondenceInput } from "./types.ts";

/** One end as the form holds it: the chosen certification's select value, a version, an item. */
export interface EndValues {
  certification: string;
  version: string;
  itemCode: string;
}

export interface CorrespondenceFormValues {
  from: EndValues;
  to: EndValues;
  kind: CorrespondenceKind | "";
  decisionId: string;
}

export type Side = "from" | "to";

const emptyEnd: EndValues = { certification: "", version: "", itemCode: "" };
export const emptyCorrespondence: CorrespondenceFormValues = {
  from: emptyEnd,
  to: emptyEnd,
  kind: "",
  decisionId: "",
};

/** The fields of the request, as the server names them in its field errors. */
export const correspondenceFields = [
  "from.qualificationCode",
  "from.version",
  "from.itemCode",
  "to.qualificationCode",
  "to.version",
  "to.itemCode",
  "kind",
  "decisionId",
] as const;
export type CorrespondenceField = (typeof correspondenceFields)[number];

/** The end the values name, or null while something is missing; an external certification has no version. */
export function endOf(values: EndValues): CorrespondenceEnd | null {
  const certification = certificationOf(values.certification);
  if (!certification || values.itemCode === "") return null;
  if (certification.kind === "external")
    return { qualificationCode: certification.code, version: null, itemCode: values.itemCode };
  const version = Number(values.version);
  if (!Number.isInteger(version) || version < 1) return null;
  return { qualificationCode: certification.code, version, itemCode: values.itemCode };
}

/** The fields still to fill in, named as the server names them. */
export function missingCorrespondenceFields(values: CorrespondenceFormValues): CorrespondenceField[] {
  const missing: CorrespondenceField[] = [];
  for (const side of ["from", "to"] as const) {
    const end = values[side];
    const certification = certificationOf(end.certification);
    if (!certification) missing.push(`${side}.qualificationCode`);
    else if (certification.kind === "qualification" && end.version === "") missing.push(`${side}.version`);
    if (end.itemCode === "") missing.push(`${side}.itemCode`);
  }
  if (values.kind === "") missing.push("kind");
  if (values.decisionId === "") missing.push("decisionId");
  return missing;
}

/** The request, once every field is filled in. */
export function toRecordCorrespondenceInput(
  values: CorrespondenceFormValues,
): RecordCorrespondenceInput | null {
  const from = endOf(values.from);
  const to = endOf(values.to);
  const decisionId = Number(values.decisionId);
  if (!from || !to || values.kind === "" || !Number.isInteger(decisionId) || decisionId < 1) return null;
  return { from, to, kind: values.kind, decisionId };
}

/** A new certification on one end: its version and item are chosen again. */
export const withCertification = (certification: string, version = ""): EndValues => ({
  certification,
  version,
  itemCode: "",
});
