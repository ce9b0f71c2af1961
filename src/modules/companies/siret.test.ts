import { describe, expect, it } from "vitest";
import { isValidSiret } from "./siret.ts";

describe("SIRET check digits", () => {
  it.each([
    { siret: "73282932000074", why: "IBM France, head office" },
    { siret: "55208131766522", why: "Électricité de France" },
    { siret: "44306184100047", why: "Google France" },
    { siret: "54205118000066", why: "Peugeot" },
    { siret: "35600000000048", why: "La Poste head office, which also passes Luhn" },
    { siret: "35600000049837", why: "a La Poste establishment: digit sum multiple of 5" },
  ])("accepts $siret ($why)", ({ siret }) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each([
    { siret: "73282932000075", why: "last digit changed" },
    { siret: "73282932100074", why: "a NIC digit changed" },
    { siret: "73282392000074", why: "two digits swapped" },
    { siret: "55208131766523", why: "last digit changed" },
    { siret: "35600000049838", why: "La Poste, digit sum not a multiple of 5" },
    { siret: "12345678900007", why: "the 14 digits pass Luhn but the SIREN does not" },
    { siret: "7328293200007", why: "13 digits" },
    { siret: "732829320000740", why: "15 digits" },
    { siret: "732 829 320 00074", why: "spaces" },
    { siret: "7328293200007A", why: "a letter" },
    { siret: "", why: "empty" },
  ])("refuses $siret ($why)", ({ siret }) => {
    expect(isValidSiret(siret)).toBe(false);
  });
});
