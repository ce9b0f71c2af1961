import type { AddMemberInput } from "../governance/schemas.ts";

/**
 * DEMO DATA — the members of the national bodies and of four CPNEs. The organisations are the real
 * employers' federations of the branches, the national employers' organisations and the five
 * representative employees' confederations (or their federations of the branch); the people are
 * invented. Mandates run four years: the sitting ones from 2024 (2023 for the CPNEs), and a few ended
 * mandates of the years the charter was signed and renewed (2006, 2012), so that a body's page shows
 * who sits today and who sat before.
 */
type Member = Omit<AddMemberInput, "mandateEnd"> & { mandateEnd: string };

const member = (
  fullName: string,
  college: Member["college"],
  organisation: string,
  [mandateStart, mandateEnd]: readonly [string, string],
): Member => ({ fullName, college, organisation, mandateStart, mandateEnd });

const committeeNow = ["2024-01-01", "2027-12-31"] as const;
const committee2012 = ["2012-01-01", "2015-12-31"] as const;
const cocNow = ["2024-07-01", "2028-06-30"] as const;
const coc2012 = ["2012-07-01", "2016-06-30"] as const;
const cpneNow = ["2023-07-01", "2027-06-30"] as const;
const cpne2006 = ["2006-01-01", "2009-12-31"] as const;

/** By body code (migration 0011's national bodies, `CPNE-<branch>` for a branch's CPNE). */
export const demoBodyMembers: Record<string, Member[]> = {
  "COMITE-CQPI": [
    member("Philippe Aubertin", "employer", "UIMM", committeeNow),
    member("Nathalie Ferrand", "employer", "LEEM", committeeNow),
    member("Olivier Castaing", "employer", "FCD", committeeNow),
    member("Sophie Lemaire", "employer", "UIT", committeeNow),
    member("Marc Desforges", "employer", "Alliance 7", committeeNow),
    member("Isabelle Roux", "employer", "UNIFA", committeeNow),
    member("Véronique Hamel", "employee", "CFDT", committeeNow),
    member("Laurent Bessière", "employee", "CFE-CGC", committeeNow),
    member("Karima Benali", "employee", "CFTC", committeeNow),
    member("Thierry Moulin", "employee", "CGT", committeeNow),
    member("Pascale Giraud", "employee", "CGT-FO", committeeNow),
    member("Jean-Michel Arnaud", "employer", "UIMM", committee2012),
    member("Sylvie Perrot", "employee", "CFDT", committee2012),
    member("Bernard Lacombe", "employee", "CGT-FO", committee2012),
  ],
  COC: [
    member("Anne-Sophie Vidal", "employer", "MEDEF", cocNow),
    member("Frédéric Noël", "employer", "CPME", cocNow),
    member("Christine Marchal", "employer", "U2P", cocNow),
    member("Yannick Le Goff", "employee", "CFDT", cocNow),
    member("Hélène Carrière", "employee", "CFE-CGC", cocNow),
    member("Didier Fontaine", "employee", "CFTC", cocNow),
    member("Mireille Garnier", "employee", "CGT", cocNow),
    member("Stéphane Royer", "employee", "CGT-FO", cocNow),
    member("Gérard Poulain", "employer", "CGPME", coc2012),
  ],
  "CPNE-UIMM": [
    member("François Delorme", "employer", "UIMM", cpneNow),
    member("Agnès Villeneuve", "employer", "UIMM", cpneNow),
    member("Patrick Brunet", "employee", "FGMM-CFDT", cpneNow),
    member("Corinne Lefebvre", "employee", "CFE-CGC Métallurgie", cpneNow),
    member("Ahmed Saïdi", "employee", "CFTC-CMTE", cpneNow),
    member("Éric Chevalier", "employee", "FTM-CGT", cpneNow),
    member("Martine Rolland", "employee", "FO Métaux", cpneNow),
    member("Alain Mercier", "employer", "UIMM", cpne2006),
  ],
  "CPNE-LEEM": [
    member("Caroline Dumas", "employer", "LEEM", cpneNow),
    member("Vincent Lambert", "employer", "LEEM", cpneNow),
    member("Nadia Haddad", "employee", "FCE-CFDT", cpneNow),
    member("Jérôme Picard", "employee", "CFE-CGC Chimie", cpneNow),
    member("Valérie Colin", "employee", "CFTC-CMTE", cpneNow),
    member("Sébastien Morel", "employee", "FNIC-CGT", cpneNow),
    member("Laure Gautier", "employee", "Fédéchimie CGT-FO", cpneNow),
  ],
  "CPNE-ALLIANCE7": [
    member("Jean-Pierre Le Bihan", "employer", "Alliance 7", cpneNow),
    member("Émilie Guérin", "employer", "Alliance 7", cpneNow),
    member("Christophe Masson", "employee", "FGA-CFDT", cpneNow),
    member("Sandrine Huet", "employee", "CFE-CGC Agro", cpneNow),
    member("Mohamed Kaci", "employee", "CFTC Agri", cpneNow),
    member("Gilles Renaud", "employee", "FNAF-CGT", cpneNow),
    member("Florence Barbier", "employee", "FGTA-FO", cpneNow),
  ],
  "CPNE-FCD": [
    member("Delphine Charpentier", "employer", "FCD", cpneNow),
    member("Arnaud Leroy", "employer", "FCD", cpneNow),
    member("Samia Boudjema", "employee", "Fédération des services CFDT", cpneNow),
    member("Hervé Besnard", "employee", "CFE-CGC FNECS", cpneNow),
    member("Catherine Joly", "employee", "CSFV-CFTC", cpneNow),
    member("Rachid Amrani", "employee", "Fédération CGT commerce et services", cpneNow),
    member("Monique Tessier", "employee", "FGTA-FO", cpneNow),
  ],
};
