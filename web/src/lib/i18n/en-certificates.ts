import type { frCertificates } from "./fr-certificates.ts";

/** English messages of certificates; same keys as `frCertificates`. */
export const enCertificates = {
  "nav.certificates": "Certificates",
  "nav.verification": "Verify a certificate",

  "certificateStatus.valid": "Valid",
  "certificateStatus.revoked": "Revoked",
  "certificateKind.full": "Full certification",
  "certificateKind.partial": "Competence blocks",

  "verdict.valid": "Valid certificate",
  "verdict.validText":
    "This certificate was issued by the CQPI platform, is intact and has not been revoked.",
  "verdict.revoked": "Revoked certificate",
  "verdict.revokedText":
    "This certificate was issued by the CQPI platform, but its issuer revoked it: it no longer certifies anything.",
  "verdict.altered": "Altered credential",
  "verdict.alteredText":
    "The content no longer matches the issuer's signature: the credential was changed after it was issued, or is not signed. Do not rely on it.",
  "verdict.unknownIssuer": "Unknown issuer",
  "verdict.unknownIssuerText":
    "This credential was not signed by the CQPI platform: its authenticity cannot be checked here.",
  "verdict.expired": "Expired credential",
  "verdict.expiredText": "The credential is authentic, but its validity period is over.",

  "certificate.number": "Certificate number",
  "certificate.holder": "Holder",
  "certificate.qualification": "CQPI",
  "certificate.branch": "Professional branch",
  "certificate.kind": "Awarded",
  "certificate.partialBlocks": "Competence blocks acquired: {blocks}",
  "certificate.awardedOn": "Awarded on",
  "certificate.status": "Status",
  "certificate.revokedOn": "Revoked on {date}",
  "certificate.downloadPdf": "Download certificate {number} (PDF)",
  "certificate.downloadCredential": "Download digital credential {number} (JSON)",
  "certificate.revoke": "Revoke",
  "certificate.revokeOf": "Revoke certificate {number}",
  "certificate.revokeTitle": "Revoke certificate {number}",
  "certificate.revokeWarning":
    "Revoking {holder}'s certificate is final: once confirmed, every verification says it is revoked.",
  "certificate.revocationReason": "Reason for revocation",
  "certificate.revocationReasonHelp":
    "A few words, kept in the audit log and told to whoever verifies the certificate naming its holder.",
  "certificate.confirmRevoke": "Revoke the certificate",

  "pathwayCertificates.title": "Certificate issued",
  "pathwayCertificates.publicPage": "Public verification page",

  "verification.title": "Verify a certificate",
  "verification.intro":
    "No account needed: type the number printed on the certificate and, to see the holder's name, their family name.",
  "verification.numberHelp": "For example UIMM-2026-48217365-8",
  "verification.familyName": "Holder's family name",
  "verification.familyNameHelp": "Optional; accents and capitals are ignored.",
  "verification.submit": "Verify",
  "verification.credentialInvite": "Did you receive the digital credential (a JSON file)?",
  "verification.pageTitle": "Certificate {number}",
  "verification.notFoundTitle": "Certificate not found",
  "verification.revokedOn": "Revoked on {date}.",
  "verification.revocationReason": "Reason: {reason}",
  "verification.nameMismatch": "The family name typed is not the holder's: the holder is not shown.",
  "verification.checkHolder": "Show the holder",

  "verifyCredential.title": "Verify a credential",
  "verifyCredential.intro":
    "Paste or drop the digital credential (Open Badges 3.0, a JSON file). The platform checks it against its own keys and revocation lists, without fetching anything from the internet.",
  "verifyCredential.file": "Credential file",
  "verifyCredential.fileHelp": "A .json file; its content appears below.",
  "verifyCredential.text": "Credential content (JSON)",
  "verifyCredential.textHelp": "The whole text, from the first brace to the last.",
  "verifyCredential.submit": "Verify the credential",
  "verifyCredential.problem.empty": "Paste the credential or choose its file.",
  "verifyCredential.problem.notJson": "This text is not JSON: copy the whole file.",
  "verifyCredential.problem.notObject": "A credential is a JSON object, between braces.",
  "verifyCredential.openCertificate": "See certificate {number}",
  "verifyCredential.byNumber": "Verify by the certificate's number instead",

  "certificates.title.manager": "Certificates issued",
  "certificates.title.employer": "Your employees' certificates",
  "certificates.title.own": "My certificates",
  "certificates.intro":
    "Certificates issued on the joint jury's decision: download the PDF or the signed digital credential.",
  "certificates.exportCsv": "Export as CSV",
  "certificates.exportXlsx": "Export as Excel",
  "certificates.search": "Search by name or number",
  "certificates.allStatuses": "All statuses",
  "certificates.qualificationCode": "CQPI code",
  "certificates.awardedFrom": "Awarded from",
  "certificates.awardedTo": "Awarded until",
  "certificates.empty": "No certificate matches the filters.",

  "home.certificatesText": "The certificates issued, to download, export or revoke.",
  "home.certificatesOwnText": "Your certificates: the PDF and the signed digital credential to pass on.",
  "home.certificatesLink": "See the certificates",
  "landing.verifyTitle": "Verify a certificate",
  "landing.verifyText":
    "An employer, an organisation: check a CQPI certificate in seconds, without an account.",
  "landing.verifyLink": "Verify a certificate",
} as const satisfies Record<keyof typeof frCertificates, string>;
