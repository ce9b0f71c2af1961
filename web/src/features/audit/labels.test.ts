import { describe, expect, it } from "vitest";
import {
  auditActions as serverActions,
  auditEntityTypes as serverTypes,
} from "../../../../src/modules/audit/actions.ts";
import { en } from "../../lib/i18n/en.ts";
import { fr } from "../../lib/i18n/fr.ts";
import {
  auditActionKey,
  auditActions,
  auditEntityTypeKey,
  auditEntityTypes,
  auditFieldKey,
  isAuditAction,
} from "./labels.ts";

describe("the audit log's labels", () => {
  it("name every action the server records, in its order, in French and in English", () => {
    expect(auditActions).toEqual([...serverActions]);
    for (const action of serverActions) {
      const key = auditActionKey(action);
      expect(fr[key], action).toMatch(/^[A-ZÀ-Ý]/);
      expect(en[key], action).toMatch(/^[A-Z]/);
    }
    expect(fr[auditActionKey("pathway.submit_to_jury")]).toBe("Présentation au jury");
  });

  it("name every kind of record the server records, in French and in English", () => {
    expect(auditEntityTypes).toEqual([...serverTypes]);
    for (const type of serverTypes) {
      expect(fr[auditEntityTypeKey(type)], type).not.toBe(type);
      expect(en[auditEntityTypeKey(type)], type).toBeTruthy();
    }
  });

  it("give the usual fields a label and leave an unknown one to be shown by its name", () => {
    expect(fr[auditFieldKey("birthName")!]).toBe("Nom de naissance");
    expect(auditFieldKey("aFieldFromANewerServer")).toBeNull();
    expect(isAuditAction("user.create")).toBe(true);
    expect(isAuditAction("user.renamed")).toBe(false);
  });
});
