import { describe, expect, it } from "vitest";
import {
  type CorrespondenceFormValues,
  emptyCorrespondence,
  endOf,
  missingCorrespondenceFields,
  toRecordCorrespondenceInput,
  withCertification,
} from "./correspondence-values.ts";
import { certificationOf, certificationValue } from "./end-options.ts";

const filled: CorrespondenceFormValues = {
  from: { certification: "qualification:CEI", version: "1", itemCode: "C5" },
  to: { certification: "external:CQP-IA-CLA", version: "", itemCode: "BC2" },
  kind: "exact",
  decisionId: "12",
};

describe("an end of a correspondence in the form", () => {
  it("names a CQPI's version and item, or an external certification's bloc without a version", () => {
    expect(endOf(filled.from)).toEqual({ qualificationCode: "CEI", version: 1, itemCode: "C5" });
    expect(endOf({ ...filled.to, version: "3" })).toEqual({
      qualificationCode: "CQP-IA-CLA",
      version: null,
      itemCode: "BC2",
    });
  });

  it("names nothing while its CQPI has no version chosen or no item", () => {
    expect(endOf({ ...filled.from, version: "" })).toBeNull();
    expect(endOf({ ...filled.from, itemCode: "" })).toBeNull();
    expect(endOf(withCertification("qualification:AE"))).toBeNull();
  });

  it("keeps a certification's kind and code in its select value, codes with a colon included", () => {
    const value = certificationValue({ kind: "external", code: "RS:1234" });
    expect(certificationOf(value)).toEqual({ kind: "external", code: "RS:1234" });
    expect(certificationOf("")).toBeNull();
    expect(certificationOf("branch:UIMM")).toBeNull();
  });
});

describe("the correspondence form's request", () => {
  it("is the API's body once every field is filled in", () => {
    expect(toRecordCorrespondenceInput(filled)).toEqual({
      from: { qualificationCode: "CEI", version: 1, itemCode: "C5" },
      to: { qualificationCode: "CQP-IA-CLA", version: null, itemCode: "BC2" },
      kind: "exact",
      decisionId: 12,
    });
  });

  it("is not sent while a field is missing, which is named as the server names it", () => {
    expect(toRecordCorrespondenceInput({ ...filled, decisionId: "" })).toBeNull();
    expect(toRecordCorrespondenceInput({ ...filled, kind: "" })).toBeNull();
    expect(missingCorrespondenceFields(filled)).toEqual([]);
    expect(missingCorrespondenceFields(emptyCorrespondence)).toEqual([
      "from.qualificationCode",
      "from.itemCode",
      "to.qualificationCode",
      "to.itemCode",
      "kind",
      "decisionId",
    ]);
    expect(missingCorrespondenceFields({ ...filled, from: withCertification("qualification:AE") })).toEqual([
      "from.version",
      "from.itemCode",
    ]);
  });
});
