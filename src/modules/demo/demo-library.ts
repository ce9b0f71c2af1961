import type { DocumentKind } from "../governance/rules.ts";

/**
 * DEMO DATA — the documents of the libraries, written as small PDFs when the demo is seeded. The charter
 * (signed in January 2006, renewed on 24 September 2012), its content, the recommendation note and its
 * article 160 of the ANI of 5 October 2009 follow the 2012 presentation of the CQPI; the wording of
 * every other paragraph, the guides and the minutes are invented for the demo.
 */
export interface DemoDocument {
  title: string;
  kind: DocumentKind;
  /** The first line under the title: who issued it, when. */
  subtitle: string;
  paragraphs: string[];
}

export const DEMO_DOCUMENT_NOTE = "Document de démonstration de la plateforme CQPI.";

export interface DemoLibraryEntry {
  /** A body's library (its code) or a CQPI's (its code). */
  library: { bodyCode: string } | { qualificationCode: string };
  /** Each version with the day it was filed, oldest first. */
  versions: { on: string; document: DemoDocument }[];
}

const charter = (year: string, paragraphs: string[]): DemoDocument => ({
  title: "Charte paritaire des CQP interbranches",
  kind: "charter",
  subtitle: `Comité CQPI — version de ${year}`,
  paragraphs,
});

export const demoLibrary: DemoLibraryEntry[] = [
  {
    library: { bodyCode: "COMITE-CQPI" },
    versions: [
      {
        on: "2006-01-17",
        document: charter("janvier 2006", [
          "Les branches signataires s'engagent à créer des certificats de qualification professionnelle communs (CQP inter-industries) lorsque leurs activités sont identiques ou proches et que les capacités liées à ces activités forment un ensemble commun et homogène.",
          "Un CQP inter-industries repose sur une analyse des besoins et de l'activité, un référentiel de compétences avec indicateurs, et des outils et méthodes d'évaluation pertinents.",
          "Une branche adhère à la charte à partir d'un avis favorable paritaire de sa CPNE.",
        ]),
      },
      {
        on: "2012-09-24",
        document: charter("septembre 2012", [
          "Actualisation de la charte de 2006 (art. 127 de l'ANI du 5 octobre 2009) : le CQP inter-industries devient le CQP interbranches (CQPI).",
          "Éléments constitutifs d'un CQPI : un référentiel d'activités, un référentiel d'évaluation, des outils et une méthode répondant aux exigences d'évaluation et de suivi ; le CQPI est délivré paritairement.",
          "Engagements des branches : mise en commun des CQP dès qu'un CQPI est envisagé ; le titulaire d'un CQPI ne passe que les modules complémentaires spécifiques à la branche ; reconnaissance interne des CQPI ; la CPNE est garante du respect des engagements.",
          "Gouvernance : une instance politique, le Comité Observatoires et Certifications (COC, émanation du CPNFP), et une instance technique, le Comité national des CQPI.",
          "Modalités d'adhésion : la branche dépose sa demande ; sa CPNE rend un avis paritaire ; le Comité national des CQPI statue.",
        ]),
      },
    ],
  },
  {
    library: { bodyCode: "COMITE-CQPI" },
    versions: [
      {
        on: "2012-09-24",
        document: {
          title: "Guide méthodologique des CQPI",
          kind: "methodological_guide",
          subtitle: "Comité CQPI — septembre 2012",
          paragraphs: [
            "1. S'informer : ce qu'est un CQPI, en quoi il diffère d'un diplôme, d'un titre et d'un CQP de branche.",
            "2. Adhérer à la démarche : demande de la branche, avis paritaire de la CPNE, décision du Comité national des CQPI.",
            "3. Mettre en œuvre : décision de la CPNE, référentiel métier, méthode d'évaluation (livret d'activité, questionnement, observation au poste, entretien), bilan de positionnement et analyse des écarts, formation et seconde évaluation, jury paritaire de la CPNE.",
            "Les correspondances entre CQPI, ou avec le CQP propre d'une branche, sont proposées par le Comité national et reconnues par décision : seule une correspondance totale vaut acquisition.",
          ],
        },
      },
    ],
  },
  {
    library: { bodyCode: "COC" },
    versions: [
      {
        on: "2012-09-24",
        document: {
          title: "Note de préconisations sur les CQPI",
          kind: "recommendation_note",
          subtitle: "Comité Observatoires et Certifications — septembre 2012",
          paragraphs: [
            "Art. 160 de l'ANI du 5 octobre 2009 : le Comité Observatoires et Certifications favorisera la mise en place de certifications communes de type CQP interbranches.",
            "Il favorisera en outre la capitalisation des méthodes et des outils ainsi que la multiplication des reconnaissances communes ou mutuelles (de tout ou partie des référentiels) ainsi que la définition d'un socle de compétences.",
            "Objectifs : meilleures lisibilité, accessibilité et articulations des certifications professionnelles. Moyens : un guide, l'adhésion à la charte, la sollicitation possible du FPSPP.",
          ],
        },
      },
    ],
  },
  {
    library: { qualificationCode: "CEI" },
    versions: [
      {
        on: "2013-03-21",
        document: {
          title: "Guide d'évaluation du CQPI Conducteur d'Équipements Industriels",
          kind: "methodological_guide",
          subtitle: "Comité CQPI — mars 2013",
          paragraphs: [
            "L'évaluation porte sur les sept capacités du référentiel, observées en situation de travail sur l'équipement habituel du candidat.",
            "Le livret d'activité décrit les situations vécues ; l'évaluateur les complète par l'observation au poste et le questionnement, puis restitue le bilan de positionnement.",
            "Le titulaire du CQPI qui rejoint une autre branche ne passe que ses modules complémentaires ; les correspondances reconnues avec les CQPI Opérateur Qualité et Animateur d'Équipe lui sont reprises.",
          ],
        },
      },
    ],
  },
];
