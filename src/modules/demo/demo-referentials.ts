import type { Block, ReferentialContent } from "../referentials/schemas.ts";
import { block, capacity } from "./demo-referentials-builders.ts";
import { omi, tmi } from "./demo-referentials-maintenance.ts";
import { ae, al, cei } from "./demo-referentials-production.ts";
import { oq, tq } from "./demo-referentials-quality.ts";
import { vcad, vcm } from "./demo-referentials-sales.ts";

/**
 * DEMO DATA — the referentials of the 9 CQPIs and their adoptions by branch CPNEs.
 *
 * Only CEI capacities 1 to 3 come from the source document (the "Exemple de référentiel" page of the
 * 2012 CQPI presentation), transcribed word for word. Every other bloc, capacity and criterion, and
 * all the adoptions (decision dates, agreement references, branch modules), are invented for the
 * demo, following public French referentials of similar jobs (production, logistics, maintenance,
 * quality, team leading, sales). They are not the official CQPI referentials.
 */

export const demoReferentials: Record<string, ReferentialContent> = {
  CEI: cei,
  AL: al,
  OMI: omi,
  TMI: tmi,
  OQ: oq,
  TQ: tq,
  AE: ae,
  VCM: vcm,
  VCAD: vcad,
};

export interface DemoAdoption {
  branchCode: string;
  qualificationCode: string;
  decisionDate: string;
  agreementReference: string;
  /** Modules complémentaires spécifiques à la branche; codes start with "M". */
  modules: Block[];
}

const adoption = (
  branchCode: string,
  qualificationCode: string,
  decisionDate: string,
  agreementReference: string,
  modules: Block[] = [],
): DemoAdoption => ({ branchCode, qualificationCode, decisionDate, agreementReference, modules });

const leemGmpModule = block("M1", "Bonnes pratiques de fabrication (BPF)", [
  capacity(
    "M1.C1",
    "Appliquer les bonnes pratiques de fabrication dans la conduite des équipements",
    "En zone de production pharmaceutique, avec les procédures opératoires standard et le dossier de lot.",
    ["booklet", "questioning", "observation"],
    [
      "Règles d’habillage et d’accès aux zones à atmosphère contrôlée respectées.",
      "Dossier de lot renseigné en temps réel, lisiblement et sans correction non justifiée.",
      "Vide de ligne réalisé et vérifié entre deux lots selon la procédure.",
    ],
  ),
  capacity(
    "M1.C2",
    "Signaler les déviations et contribuer à leur traitement",
    "Selon la procédure de gestion des déviations du site.",
    ["questioning", "interview"],
    [
      "Déviation détectée et signalée sans délai à l’assurance qualité.",
      "Informations factuelles fournies pour l’enquête de déviation.",
    ],
  ),
]);

const foodSafetyModule = block("M1", "Hygiène et sécurité des denrées alimentaires", [
  capacity(
    "M1.C1",
    "Appliquer les règles d’hygiène et le plan de maîtrise sanitaire au poste de production",
    "En atelier agroalimentaire, avec le plan de maîtrise sanitaire, le plan HACCP et le plan de nettoyage et de désinfection.",
    ["questioning", "observation"],
    [
      "Règles d’hygiène du personnel (tenue, lavage des mains, circuits) respectées.",
      "Points critiques pour la maîtrise (CCP) du poste surveillés et enregistrés ; écarts signalés immédiatement.",
      "Opérations de nettoyage et de désinfection réalisées selon le plan de nettoyage.",
    ],
  ),
]);

/** VCM is evaluated by weighted marks, so the module's criteria are weighted too. */
const internationalCustomersModule = block("M1", "Accueil de la clientèle internationale", [
  capacity(
    "M1.C1",
    "Accueillir et conseiller une clientèle internationale",
    "En grand magasin, auprès d’une clientèle touristique, avec la procédure de détaxe de l’enseigne.",
    ["questioning", "observation"],
    [
      [3, "Client accueilli et conseillé en anglais sur les produits du rayon."],
      [1, "Procédure de détaxe expliquée et bordereau établi sans erreur."],
    ],
  ),
]);

export const demoAdoptions: DemoAdoption[] = [
  adoption("UIMM", "CEI", "2006-03-14", "CPNE UIMM — délibération n° 2006-02"),
  adoption("LEEM", "CEI", "2006-06-22", "CPNE LEEM — délibération n° 2006-05", [leemGmpModule]),
  adoption("UIMM", "OMI", "2008-05-20", "CPNE UIMM — délibération n° 2008-04"),
  adoption("LEEM", "OQ", "2009-11-05", "CPNE LEEM — délibération n° 2009-09"),
  adoption("UIMM", "AE", "2011-02-08", "CPNE UIMM — délibération n° 2011-01"),
  adoption("FCD", "VCM", "2011-09-29", "CPNE FCD — délibération n° 2011-06"),
  adoption("ALLIANCE7", "CEI", "2011-10-13", "CPNE Alliance 7 — délibération n° 2011-03", [foodSafetyModule]),
  adoption("UCV", "VCM", "2012-01-26", "CPNE UCV — délibération n° 2012-01", [internationalCustomersModule]),
  adoption("VAD", "VCAD", "2012-06-14", "CPNE VAD — délibération n° 2012-02"),
];
