/**
 * Pure rules of certificates: their numbers, how a family name typed by a verifier is compared with
 * the holder's, and when a session's failed issuance is tried again.
 */

/** The Luhn check digit of a string of digits (the one bank cards use: catches any single-digit typo). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A certificate number: branch code, award year, a random 8-digit serial (so that numbers cannot be
 * guessed in sequence from outside) and a check digit over year and serial, e.g. `UIMM-2026-48217365-8`.
 */
export function formatCertificateNumber(branchCode: string, year: number, serial: number): string {
  const digits = `${year}${String(serial).padStart(8, "0")}`;
  return `${branchCode}-${year}-${digits.slice(4)}-${luhnCheckDigit(digits)}`;
}

const numberPattern = /^([A-Z0-9][A-Z0-9-]*)-(\d{4})-(\d{8})-(\d)$/;

/** True for a number of the right shape whose check digit matches: anything else is not looked up. */
export function isWellFormedCertificateNumber(number: string): boolean {
  const match = numberPattern.exec(number);
  if (!match) return false;
  const [, , year, serial, check] = match;
  return luhnCheckDigit(`${year}${serial}`) === Number(check);
}

/** A family name as compared: no accents, case, apostrophes, hyphens or repeated spaces. */
export function normalizeFamilyName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("fr")
    .replace(/[\s\-‐‑'’]+/g, " ")
    .trim();
}

/** Whether the family name a verifier typed is the holder's (ignoring accents, case and separators). */
export function isSameFamilyName(typed: string, holder: string): boolean {
  const normalized = normalizeFamilyName(typed);
  return normalized !== "" && normalized === normalizeFamilyName(holder);
}

/**
 * Minutes before the next try of a session's issuance after `attempts` failed ones: 1, 4, 16, 64, then
 * every 4 hours, without end (what fails is usually the operator's to fix: a key to generate or restore).
 */
export function issuanceRetryDelayMinutes(attempts: number): number {
  return Math.min(4 ** Math.max(attempts - 1, 0), 240);
}
