/**
 * The SIRET check (INSEE): 14 digits, the SIREN (first 9) and the whole SIRET each carry a Luhn check
 * digit. La Poste's establishments share one SIREN (356000000) and were numbered before the rule: for
 * them the sum of the 14 digits is a multiple of 5 instead (their head office also passes Luhn).
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const siren = value.slice(0, 9);
  if (!hasLuhnChecksum(siren)) return false;
  if (hasLuhnChecksum(value)) return true;
  return siren === LA_POSTE_SIREN && digitSum(value) % 5 === 0;
}

const LA_POSTE_SIREN = "356000000";

/** Luhn (mod 10): from the right, every second digit is doubled (minus 9 past 9); the sum ends in 0. */
function hasLuhnChecksum(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = digit * 2;
    sum += i % 2 === 1 ? (doubled > 9 ? doubled - 9 : doubled) : digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}
