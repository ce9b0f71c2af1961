import type { CreateCandidateInput } from "../candidates/schemas.ts";

/**
 * Invented candidates for the demo: names, birth dates and places are fictional. About one in three
 * is over 45 and one in three already holds a certification, as in the source document's figures.
 */
type DemoCandidate = Pick<
  CreateCandidateInput,
  "birthName" | "firstNames" | "birthDate" | "sex" | "birthInseeCode" | "birthCity"
> & {
  hasPriorCertification: boolean;
};

const person = (
  birthName: string,
  firstName: string,
  sex: "M" | "F",
  birthDate: string,
  [birthInseeCode, birthCity]: [string, string],
  hasPriorCertification = false,
): DemoCandidate => ({
  birthName,
  firstNames: [firstName],
  sex,
  birthDate,
  birthInseeCode,
  birthCity,
  hasPriorCertification,
});

const LYON: [string, string] = ["69123", "Lyon"];
const LILLE: [string, string] = ["59350", "Lille"];
const NANTES: [string, string] = ["44109", "Nantes"];
const RENNES: [string, string] = ["35238", "Rennes"];
const TOULOUSE: [string, string] = ["31555", "Toulouse"];
const ROUBAIX: [string, string] = ["59512", "Roubaix"];
const STRASBOURG: [string, string] = ["67482", "Strasbourg"];
const MARSEILLE: [string, string] = ["13055", "Marseille"];
const ORLEANS: [string, string] = ["45234", "Orléans"];
const AJACCIO: [string, string] = ["2A004", "Ajaccio"];

export const demoCandidates: DemoCandidate[] = [
  person("Lefèvre", "Julien", "M", "1986-04-12", RENNES),
  person("Moreau", "Sandrine", "F", "1969-09-03", NANTES, true),
  person("Garnier", "Karim", "M", "1991-01-27", LYON),
  person("Roussel", "Nathalie", "F", "1974-06-18", LILLE, true),
  person("Fontaine", "Mickaël", "M", "1996-11-08", ROUBAIX),
  person("Chevalier", "Aurélie", "F", "1983-02-14", TOULOUSE),
  person("Lambert", "Patrick", "M", "1965-07-22", STRASBOURG),
  person("Bonnet", "Sophie", "F", "1989-12-01", MARSEILLE, true),
  person("François", "Yannick", "M", "1978-03-30", ORLEANS),
  person("Mercier", "Fatima", "F", "1993-08-19", LYON),
  person("Dupuis", "Gérard", "M", "1962-10-05", LILLE, true),
  person("Blanc", "Émilie", "F", "1998-05-25", NANTES),
  person("Guerin", "Thierry", "M", "1971-01-11", RENNES),
  person("Muller", "Céline", "F", "1987-07-07", STRASBOURG),
  person("Henry", "Rachid", "M", "1984-09-16", MARSEILLE, true),
  person("Roux", "Martine", "F", "1966-04-02", TOULOUSE),
  person("Perrin", "Kevin", "M", "1997-02-20", ORLEANS),
  person("Morel", "Isabelle", "F", "1975-11-29", ROUBAIX, true),
  person("Girard", "Sébastien", "M", "1990-06-13", LYON),
  person("André", "Nadia", "F", "1981-03-09", LILLE),
  person("Mathieu", "Christophe", "M", "1968-08-27", NANTES),
  person("Clément", "Laura", "F", "1995-10-31", RENNES),
  person("Gauthier", "Didier", "M", "1963-12-24", STRASBOURG, true),
  person("Lopez", "Carmen", "F", "1979-05-05", MARSEILLE),
  person("Faure", "Antoine", "M", "1992-09-09", TOULOUSE),
  person("Rolland", "Brigitte", "F", "1970-02-17", ORLEANS),
  person("Brun", "Mehdi", "M", "1988-07-03", ROUBAIX),
  person("Giraud", "Valérie", "F", "1977-01-21", LYON, true),
  person("Leclerc", "Alexandre", "M", "1994-04-28", LILLE),
  person("Colin", "Monique", "F", "1964-06-09", NANTES),
  person("Santoni", "Pierre", "M", "1985-10-19", AJACCIO),
  person("Vidal", "Hélène", "F", "1972-03-03", TOULOUSE, true),
  person("Caron", "Jordan", "M", "1999-08-08", RENNES),
  person("Marchand", "Corinne", "F", "1967-11-15", LILLE),
];
