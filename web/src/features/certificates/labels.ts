import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { Role } from "../auth/types.ts";
import type { CertificateStatus, CertificateView, Verdict } from "./types.ts";

export const certificateStatusKeys = {
  valid: "certificateStatus.valid",
  revoked: "certificateStatus.revoked",
} as const satisfies Record<CertificateStatus, MessageKey>;

export const certificateStatusTones = { valid: "positive", revoked: "negative" } as const satisfies Record<
  CertificateStatus,
  "positive" | "negative"
>;

export const certificateKindKeys = {
  full: "certificateKind.full",
  partial: "certificateKind.partial",
} as const satisfies Record<CertificateView["kind"], MessageKey>;

/** The verdict's headline and its explanation, in plain words. */
export const verdictKeys = {
  valid: { title: "verdict.valid", text: "verdict.validText" },
  revoked: { title: "verdict.revoked", text: "verdict.revokedText" },
  altered: { title: "verdict.altered", text: "verdict.alteredText" },
  unknown_issuer: { title: "verdict.unknownIssuer", text: "verdict.unknownIssuerText" },
  expired: { title: "verdict.expired", text: "verdict.expiredText" },
} as const satisfies Record<Verdict, { title: MessageKey; text: MessageKey }>;

export const verdictColors = {
  valid: "success",
  revoked: "danger",
  altered: "danger",
  unknown_issuer: "warning",
  expired: "warning",
} as const satisfies Record<Verdict, string>;

/** The list's title, by whose certificates it shows. */
export const certificateListTitleKeys = {
  manager: "certificates.title.manager",
  employer: "certificates.title.employer",
  own: "certificates.title.own",
} as const satisfies Record<string, MessageKey>;

/** Whose certificates the list shows the user: their own, their employees', or their scope's. */
export const certificateListTitleKey = (role: Role): MessageKey =>
  certificateListTitleKeys[role === "candidate" ? "own" : role === "employer" ? "employer" : "manager"];
