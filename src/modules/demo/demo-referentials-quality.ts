import type { PassRule, ReferentialContent } from "../referentials/schemas.ts";
import { block, capacity } from "./demo-referentials-builders.ts";

/**
 * DEMO DATA — quality CQPIs: OQ and TQ. Invented for the demo in the style of public French
 * referentials of quality control jobs; not the official referentials.
 */

/** At least 80 % of the criteria acquired in every bloc. */
const qualityPassRule: PassRule = { kind: "criteria_percentage", minPercent: 80 };

export const oq: ReferentialContent = {
  passRule: qualityPassRule,
  validity: { kind: "lifetime" },
  blocks: [
    block("B1", "Contrôler la conformité des produits", [
      capacity(
        "C1",
        "Préparer les contrôles à partir du plan de contrôle et des spécifications",
        "Le plan de contrôle, les spécifications des produits, les gammes et les instructions de contrôle sont mis à disposition.",
        ["booklet", "questioning"],
        [
          "Caractéristiques à contrôler, fréquences et tolérances identifiées à partir du plan de contrôle.",
          "Moyens de contrôle adaptés choisis et leur validité d’étalonnage vérifiée avant usage.",
        ],
      ),
      capacity(
        "C2",
        "Réaliser les contrôles et les mesures sur les produits",
        "Au laboratoire ou en atelier, sur des produits en cours de fabrication ou finis, avec les instruments de mesure (pied à coulisse, micromètre, balance, pH-mètre…).",
        ["questioning", "observation"],
        [
          "Contrôles dimensionnels, visuels ou physico-chimiques réalisés selon les modes opératoires.",
          "Instruments de mesure utilisés correctement et valeurs lues avec exactitude.",
          "Échantillons prélevés selon les règles d’échantillonnage prescrites.",
        ],
      ),
      capacity(
        "C3",
        "Statuer sur la conformité des produits et isoler les produits non conformes",
        "Selon les critères d’acceptation et la procédure de traitement des non-conformités de l’entreprise.",
        ["booklet", "observation"],
        [
          "Décision de conformité prise au regard des critères d’acceptation.",
          "Produits non conformes identifiés, isolés et étiquetés afin d’empêcher leur utilisation.",
          "Non-conformité signalée au responsable avec les éléments nécessaires à son analyse.",
        ],
      ),
    ]),
    block("B2", "Enregistrer, communiquer et contribuer à l’amélioration", [
      capacity(
        "C4",
        "Enregistrer et exploiter les résultats de contrôle",
        "Sur les fiches de contrôle, les cartes de contrôle ou le logiciel qualité de l’entreprise.",
        ["booklet", "observation"],
        [
          "Résultats enregistrés de façon exacte, lisible et traçable (lot, date, contrôleur).",
          "Tendances et dérives repérées sur les cartes de contrôle et signalées avant l’apparition de non-conformités.",
        ],
      ),
      capacity(
        "C5",
        "Participer aux actions d’amélioration de la qualité",
        "Dans le cadre des groupes de résolution de problèmes ou des audits internes de l’entreprise.",
        ["booklet", "interview"],
        [
          "Informations factuelles sur les défauts constatés apportées au groupe de travail.",
          "Actions correctives décidées appliquées et leur efficacité vérifiée au poste.",
        ],
      ),
      capacity(
        "C6",
        "Sensibiliser les opérateurs de production aux exigences de qualité",
        "Au poste de travail, lors des échanges avec les opérateurs de production.",
        ["observation", "interview"],
        [
          "Exigences de qualité et défauts types expliqués aux opérateurs avec des exemples concrets.",
          "Consignes qualité affichées au poste vérifiées et tenues à jour.",
        ],
      ),
    ]),
  ],
};

export const tq: ReferentialContent = {
  passRule: qualityPassRule,
  validity: { kind: "years", years: 5 },
  blocks: [
    block("B1", "Maîtriser la qualité des produits et des procédés", [
      capacity(
        "C1",
        "Élaborer et mettre à jour les plans de contrôle et les instructions qualité",
        "À partir des exigences des clients, des normes applicables et de l’analyse des risques du procédé.",
        ["booklet", "interview"],
        [
          "Plan de contrôle établi avec les caractéristiques, méthodes, fréquences et réactions en cas d’écart.",
          "Instructions de contrôle rédigées clairement et comprises par les opérateurs.",
          "Documents qualité gérés selon les règles de maîtrise documentaire (version, diffusion, archivage).",
        ],
      ),
      capacity(
        "C2",
        "Mettre en œuvre les outils statistiques de maîtrise des procédés",
        "Avec les données de production et de contrôle, un tableur ou un logiciel de statistiques.",
        ["booklet", "questioning", "observation"],
        [
          "Cartes de contrôle mises en place et limites de contrôle calculées correctement.",
          "Capabilités machine et procédé (Cp, Cpk) calculées et interprétées.",
          "Conclusions des analyses présentées aux responsables de production.",
        ],
      ),
      capacity(
        "C3",
        "Gérer les moyens de mesure et de contrôle",
        "Dans le cadre de la procédure de métrologie de l’entreprise.",
        ["booklet", "observation"],
        [
          "Suivi de l’étalonnage des instruments tenu à jour et instruments hors validité retirés.",
          "Aptitude des moyens de mesure vérifiée (répétabilité, reproductibilité).",
        ],
      ),
    ]),
    block("B2", "Analyser les non-conformités et animer l’amélioration continue", [
      capacity(
        "C4",
        "Analyser les non-conformités et les réclamations des clients",
        "À partir des fiches de non-conformité, des retours des clients et des données de production.",
        ["booklet", "questioning", "interview"],
        [
          "Causes racines identifiées avec une méthode adaptée (QQOQCP, 5 pourquoi, Ishikawa, 8D).",
          "Actions correctives et préventives proposées, planifiées et suivies jusqu’à leur clôture.",
          "Réponse au client rédigée dans les délais contractuels.",
        ],
      ),
      capacity(
        "C5",
        "Réaliser un audit interne de produit ou de processus",
        "Selon le programme d’audits et le référentiel qualité de l’entreprise (ISO 9001, BPF, IFS…).",
        ["booklet", "observation", "interview"],
        [
          "Audit préparé (référentiel, questionnaire, échantillonnage) et conduit selon le plan prévu.",
          "Écarts formulés de façon factuelle et rapport d’audit diffusé.",
        ],
      ),
      capacity(
        "C6",
        "Animer un groupe de résolution de problème qualité",
        "Avec une équipe pluridisciplinaire (production, maintenance, méthodes), en salle et sur le terrain.",
        ["observation", "interview"],
        [
          "Réunions préparées, animées et conclues par un plan d’actions avec responsables et échéances.",
          "Participation de chacun favorisée et règles de fonctionnement du groupe respectées.",
          "Résultats des actions mesurés avec des indicateurs et communiqués à l’équipe.",
        ],
      ),
    ]),
  ],
};
