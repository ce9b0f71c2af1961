import type { ReferentialContent } from "../referentials/schemas.ts";
import { block, capacity } from "./demo-referentials-builders.ts";

/**
 * DEMO DATA — maintenance CQPIs: OMI and TMI. Invented for the demo in the style of public French
 * referentials of industrial maintenance jobs; not the official referentials.
 */

export const omi: ReferentialContent = {
  passRule: { kind: "all_capacities" },
  validity: { kind: "lifetime" },
  blocks: [
    block("B1", "Réaliser la maintenance préventive des équipements", [
      capacity(
        "C1",
        "Préparer et sécuriser une intervention de maintenance",
        "Sur un équipement en production ou à l’arrêt, avec les procédures de consignation de l’entreprise et les habilitations requises.",
        ["questioning", "observation"],
        [
          "Équipement consigné selon la procédure (électrique, pneumatique, hydraulique, mécanique) avant toute intervention.",
          "Outillage, pièces de rechange et documentation rassemblés avant l’intervention.",
          "Zone d’intervention balisée et règles de sécurité respectées tout au long de l’intervention.",
        ],
      ),
      capacity(
        "C2",
        "Réaliser les opérations de maintenance préventive systématique et conditionnelle",
        "À partir des gammes de maintenance préventive, du planning d’intervention et de la documentation technique des équipements.",
        ["booklet", "observation"],
        [
          "Interventions préventives réalisées selon les gammes, dans le temps alloué.",
          "Pièces d’usure remplacées et niveaux (lubrifiants, fluides) rétablis conformément aux préconisations du constructeur.",
          "Mesures de surveillance (températures, vibrations, jeux) relevées et comparées aux seuils d’alerte.",
        ],
      ),
    ]),
    block("B2", "Dépanner les équipements", [
      capacity(
        "C3",
        "Diagnostiquer une panne simple sur un équipement mécanique, électrique ou pneumatique",
        "Sur une panne réelle ou simulée, avec les schémas, la documentation du constructeur et les appareils de mesure courants.",
        ["booklet", "questioning", "observation"],
        [
          "Symptômes recueillis auprès du conducteur et constatés sur l’équipement.",
          "Démarche de diagnostic logique mise en œuvre, appareils de mesure (multimètre, manomètre) utilisés correctement.",
          "Élément défaillant identifié et cause probable de la panne formulée.",
        ],
      ),
      capacity(
        "C4",
        "Remettre en état de fonctionnement un équipement après une défaillance",
        "Avec les pièces de rechange disponibles au magasin et l’outillage de l’atelier de maintenance.",
        ["observation"],
        [
          "Élément défaillant remplacé ou réparé selon les règles de l’art.",
          "Essais de bon fonctionnement réalisés et équipement remis à la production après déconsignation.",
        ],
      ),
    ]),
    block("B3", "Rendre compte et contribuer à l’amélioration", [
      capacity(
        "C5",
        "Rendre compte des interventions réalisées et proposer des améliorations",
        "Avec la GMAO ou les documents de suivi d’intervention de l’entreprise.",
        ["booklet", "interview"],
        [
          "Compte rendu d’intervention renseigné avec précision (temps passé, pièces utilisées, cause de la panne).",
          "Propositions formulées pour éviter la répétition des pannes.",
          "Production et hiérarchie informées de l’état de l’équipement.",
        ],
      ),
    ]),
  ],
};

export const tmi: ReferentialContent = {
  passRule: { kind: "all_capacities" },
  validity: { kind: "years", years: 5 },
  blocks: [
    block("B1", "Diagnostiquer et réparer les équipements", [
      capacity(
        "C1",
        "Diagnostiquer une défaillance complexe sur un équipement automatisé pluritechnologique",
        "Sur un équipement automatisé, avec les schémas électriques, pneumatiques et hydrauliques, les programmes d’automate et les appareils de mesure.",
        ["booklet", "questioning", "observation"],
        [
          "Analyse fonctionnelle de l’équipement menée et chaîne des causes possibles de la défaillance établie.",
          "Mesures et tests réalisés méthodiquement pour localiser l’élément défaillant.",
          "Diagnostic formulé, justifié et communiqué dans un délai compatible avec les contraintes de production.",
        ],
      ),
      capacity(
        "C2",
        "Réaliser les réparations, les réglages et les paramétrages des équipements",
        "Avec l’outillage de l’atelier de maintenance, les pièces de rechange et la documentation du constructeur, dans le respect des habilitations électriques.",
        ["observation", "interview"],
        [
          "Réparation réalisée selon les règles de l’art et les préconisations du constructeur.",
          "Réglages et paramétrages (variateurs, capteurs, automates) ajustés et vérifiés.",
          "Équipement requalifié par des essais avant sa remise en production.",
        ],
      ),
    ]),
    block("B2", "Organiser et améliorer la maintenance", [
      capacity(
        "C3",
        "Élaborer et mettre à jour les plans de maintenance préventive",
        "À partir de l’historique des pannes, des données de la GMAO et de la documentation du constructeur.",
        ["booklet", "interview"],
        [
          "Gammes de maintenance préventive rédigées clairement, avec les périodicités, les points de contrôle et les risques.",
          "Périodicités ajustées au regard de l’analyse des défaillances et des indicateurs (MTBF, MTTR).",
        ],
      ),
      capacity(
        "C4",
        "Proposer et conduire des actions d’amélioration de la fiabilité des équipements",
        "Dans le cadre de la démarche d’amélioration continue du site (TPM, AMDEC), en lien avec la production et les méthodes.",
        ["booklet", "questioning", "interview"],
        [
          "Causes d’une défaillance récurrente analysées avec un outil adapté (arbre des causes, 5 pourquoi, AMDEC).",
          "Solution d’amélioration chiffrée (coût, délai, gain attendu) et présentée à la hiérarchie.",
          "Résultats de l’amélioration mesurés après sa mise en œuvre.",
        ],
      ),
    ]),
    block("B3", "Coordonner les interventions et transmettre", [
      capacity(
        "C5",
        "Coordonner les interventions de maintenance et assister les équipes de production",
        "Avec l’équipe de maintenance, les entreprises extérieures intervenantes et les équipes de production.",
        ["observation", "interview"],
        [
          "Interventions planifiées en accord avec la production, selon les priorités et les ressources disponibles.",
          "Plan de prévention établi avec les entreprises extérieures et consignes de sécurité transmises.",
          "Opérateurs formés aux opérations de maintenance de premier niveau de leur poste.",
        ],
      ),
      capacity(
        "C6",
        "Rédiger les comptes rendus techniques et tenir à jour la documentation des équipements",
        "Avec la GMAO et les dossiers techniques des équipements.",
        ["booklet", "observation"],
        [
          "Historique d’intervention renseigné dans la GMAO de façon complète et exploitable.",
          "Dossiers techniques (schémas, nomenclatures, programmes) mis à jour après chaque modification.",
        ],
      ),
    ]),
  ],
};
