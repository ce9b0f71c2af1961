import type { CreateBranchInput, CreateQualificationInput } from "../catalogue/schemas.ts";

/**
 * The branches and CQPIs named in the 2012 presentation of the CQPI. Names and federations come from
 * it; charter adhesion dates follow its timeline (4 branches in January 2006, 12 by July 2009, 14 by
 * September 2012 counting the partner PRISME, whose convention is demo data, then Maroquinerie and
 * Entretien textile by the end of 2012) but the exact day per branch is demo data. The presentation
 * announces "3 more" by the end of 2012 yet names only these two: the demo has no third. The dates are
 * the national committee's decisions, recorded through the adhesion workflow (seed-demo-governance.ts).
 * The CQPIs' creation dates follow it too: 1 in January 2006, 7 operational by July 2009, 9 by September
 * 2012 (the day of each is demo data).
 */
const DEMO_NOTE =
  "Date d'adhésion de démonstration (le document source ne donne que les effectifs par période).";

const branch = (
  code: string,
  name: string,
  federation: string,
  charterAdhesionDate: string | null,
  isPartner = false,
): CreateBranchInput => ({
  code,
  name,
  federation,
  isPartner,
  charterAdhesionDate,
  description: isPartner ? "Partenaire par convention de certaines branches." : DEMO_NOTE,
});

export const demoBranches: CreateBranchInput[] = [
  branch("UIMM", "Métallurgie", "UIMM", "2006-01-17"),
  branch("LEEM", "Médicament", "LEEM", "2006-01-17"),
  branch("UIT", "Textile", "UIT", "2006-01-17"),
  branch("FCD", "Commerce", "FCD", "2006-01-17"),
  branch("FFC", "Chaussure", "FFC", "2007-03-08"),
  branch("UFIH", "Habillement", "UFIH", "2007-06-21"),
  branch("UNIDIS", "Papiers carton", "UNIDIS", "2007-11-15"),
  branch("FFTM", "Tannerie Mégisserie", "FFTM", "2008-02-12"),
  branch("VAD", "Vente à distance", "VAD", "2008-06-05"),
  branch("UNIFA", "Ameublement", "UNIFA", "2008-10-09"),
  branch("UCV", "Grands magasins et magasins populaires", "UCV", "2009-03-19"),
  branch("SNCP", "Caoutchouc", "SNCP", "2009-06-25"),
  branch("ALLIANCE7", "Agroalimentaire", "Alliance 7", "2011-05-12"),
  branch("FFM", "Maroquinerie", "FFM", "2012-12-06"),
  branch("FFPB-GEIST", "Entretien textile", "FFPB + GEIST", "2012-12-13"),
  branch("PRISME", "Travail temporaire", "PRISME", "2010-11-18", true),
];

const cqpi = (
  code: string,
  title: string,
  createdOn: string,
  description: string,
): CreateQualificationInput => ({
  code,
  title,
  description,
  rncpCode: null,
  createdOn,
});

export const demoQualifications: CreateQualificationInput[] = [
  cqpi(
    "CEI",
    "Conducteur d'Équipements Industriels",
    "2006-01-17",
    "Conduire une ligne ou un équipement de production : approvisionner, régler, produire, contrôler.",
  ),
  cqpi(
    "AL",
    "Agent Logistique",
    "2007-06-21",
    "Réceptionner, stocker, préparer et expédier des marchandises en sécurité.",
  ),
  cqpi(
    "OMI",
    "Opérateur de Maintenance Industrielle",
    "2008-02-12",
    "Assurer la maintenance de premier niveau et les dépannages courants des équipements.",
  ),
  cqpi(
    "TMI",
    "Technicien de Maintenance Industrielle",
    "2009-03-19",
    "Diagnostiquer, réparer et améliorer les équipements ; organiser la maintenance préventive.",
  ),
  cqpi(
    "OQ",
    "Opérateur Qualité",
    "2009-03-19",
    "Contrôler la conformité des produits, enregistrer et signaler les écarts.",
  ),
  cqpi(
    "TQ",
    "Technicien de la Qualité",
    "2008-09-18",
    "Piloter les contrôles, analyser les non-conformités et animer l'amélioration continue.",
  ),
  cqpi(
    "AE",
    "Animateur d'Équipe domaine industriel",
    "2009-01-22",
    "Animer une équipe de production, organiser le travail et transmettre les consignes.",
  ),
  cqpi(
    "VCM",
    "Vente / Conseil en magasin",
    "2011-05-12",
    "Accueillir, conseiller et vendre en magasin ; participer à la tenue du rayon.",
  ),
  cqpi(
    "VCAD",
    "Vente / Conseil à distance",
    "2012-04-05",
    "Conseiller et vendre par téléphone ou en ligne ; assurer le suivi de la relation client.",
  ),
];

const INDUSTRY = [
  "UIMM",
  "LEEM",
  "UIT",
  "FFC",
  "UFIH",
  "UNIDIS",
  "FFTM",
  "UNIFA",
  "SNCP",
  "ALLIANCE7",
  "FFM",
  "FFPB-GEIST",
];

/**
 * Which branch operates which CQPI is not in the source document: this mapping is a plausible demo
 * (industrial CQPIs in industrial branches, sales CQPIs in retail and distance selling) and says so.
 */
export const demoOperations: Record<string, string[]> = {
  CEI: INDUSTRY,
  AL: [...INDUSTRY.slice(0, 6), "FCD", "UCV", "VAD", "PRISME"],
  OMI: ["UIMM", "LEEM", "UIT", "UNIDIS", "SNCP", "ALLIANCE7", "PRISME"],
  TMI: ["UIMM", "LEEM", "UNIDIS", "SNCP"],
  OQ: ["UIMM", "LEEM", "UIT", "FFC", "FFTM", "ALLIANCE7", "FFM"],
  TQ: ["UIMM", "LEEM", "ALLIANCE7"],
  AE: ["UIMM", "LEEM", "UIT", "UNIFA", "ALLIANCE7"],
  VCM: ["FCD", "UCV", "UFIH", "FFC"],
  VCAD: ["VAD", "FCD"],
};

export const DEMO_OPERATION_NOTE = "Données de démonstration";
