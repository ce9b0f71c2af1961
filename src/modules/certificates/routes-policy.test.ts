import { buildAward } from "../../test/jury-factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";
import { platform } from "../accounts/caller.ts";
import type { Role } from "../accounts/roles.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueCertificate } from "./issue-certificate.ts";
import { findCertificateRow } from "./repository.ts";

/**
 * Anonymous callers reach the public routes; the downloads are called here with the QR token (which lets
 * anyone in; the holder and staff rules are tested in certificates.test.ts); revocation needs a role.
 */
describeRoutePolicies("certificates", {
  setup: async ({ t, branch }) => {
    await generateIssuerKey(t.ctx, { caller: platform });
    const issue = async () => {
      const award = await buildAward(t.ctx, { branch });
      const { number } = await issueCertificate(t.ctx, { award, caller: platform });
      const row = await findCertificateRow(t.ctx.db, { number });
      return { number, token: row!.qr_token, credential: JSON.parse(row!.credential_json) };
    };
    return { shown: await issue(), revoked: await issue() };
  },
  cases: [
    {
      method: "GET",
      path: "/api/certificates/{number}",
      url: (f) => `/api/certificates/${f.shown.number}?familyName=Martin`,
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/certificates/{number}/credential",
      url: (f) => `/api/certificates/${f.shown.number}/credential?token=${f.shown.token}`,
      allowed: "public",
    },
    {
      method: "GET",
      path: "/api/certificates/{number}/certificate.pdf",
      url: (f) => `/api/certificates/${f.shown.number}/certificate.pdf?token=${f.shown.token}`,
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/certificates/{number}/revoke",
      url: (f) => `/api/certificates/${f.revoked.number}/revoke`,
      payload: () => ({ reason: "Erreur de saisie du jury" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/verify",
      url: () => "/api/verify",
      payload: (f) => ({ credential: f.shown.credential }),
      allowed: "public",
    },
    ...["/api/certificates", "/api/certificates.csv", "/api/certificates.xlsx"].map((path) => ({
      method: "GET" as const,
      path,
      url: () => path,
      allowed: ["admin", "branch_officer", "employer", "candidate"] satisfies Role[],
    })),
    { method: "GET", path: "/api/status-lists/{id}", url: () => "/api/status-lists/1", allowed: "public" },
    { method: "GET", path: "/.well-known/did.json", url: () => "/.well-known/did.json", allowed: "public" },
  ],
});
