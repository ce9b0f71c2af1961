import type { ReferentialContent } from "../referentials/schemas.ts";
import { block, capacity } from "./demo-referentials-builders.ts";

/**
 * DEMO DATA — production and team CQPIs: CEI, AL, AE. Only CEI capacities 1 to 3 come from a source
 * (the "Exemple de référentiel" page of the 2012 CQPI presentation, transcribed word for word); the
 * rest is invented for the demo in the style of public French referentials of similar jobs.
 */

/** The "conditions de réalisation" of CEI capacities 1 to 3, as in the source document. */
const CEI_SOURCE_CONDITIONS =
  "Les ordres de fabrication, les documents de production les procédures et instructions sont mis à disposition.";

export const cei: ReferentialContent = {
  passRule: { kind: "all_capacities" },
  validity: { kind: "lifetime" },
  blocks: [
    block("B1", "Préparer, régler et mettre en production les équipements", [
      capacity(
        "C1",
        "Approvisionner et préparer les installations, machines et accessoires",
        CEI_SOURCE_CONDITIONS,
        ["booklet", "observation"],
        [
          "Conformité des matières ou produits approvisionnés par rapport aux prescriptions correctement vérifiée à l’entrée du système de production (Quantité, qualité, caractéristiques requises,..), les écarts sont identifiés rapidement, signalés et/ou corrigés selon les prérogatives.",
          "Vérification de la présence des outils, outillages et accessoires, moyens de contrôle nécessaires à la vérification de la conformité de la production nécessaires à la production effectuée méthodiquement.",
        ],
      ),
      capacity(
        "C2",
        "Poursuivre une production, à la prise de poste, selon les indications du dossier de production et/ou des consignes orales ou écrites",
        CEI_SOURCE_CONDITIONS,
        ["booklet", "questioning", "observation"],
        [
          "Informations concernant la production parfaitement comprises et prises en compte (consignes conducteur précédent, historique de production, documents de production, process de transformation…).",
          "Réglages des différents paramètres du process (vitesse, débit, température, pression, …) vérifiés selon les indications du dossier de production et adaptés selon le dossier de conduite du process (cas des dérives courantes : usures, débit,…).",
          "Procédures d’hygiène et de sécurité liées à la production en cours appliquées et mises en œuvre.",
        ],
      ),
      capacity(
        "C3",
        "Régler et mettre en production (lancement ou changement de production) selon les indications du document de réglage, du dossier machine et du manuel de poste",
        CEI_SOURCE_CONDITIONS,
        ["booklet", "observation", "interview"],
        [
          "Système de production mis dans l’état requis par les instructions données pour la production.",
          "Opérations de démontage, de montage et de réglage des outillages et accessoires nécessaires réalisés méthodiquement selon les procédures de mise au point établies.",
          "Outillages installés conformes et paramètres de réglage correctement ajustés selon les procédures de mise au point préconisées.",
        ],
      ),
    ]),
    block("B2", "Conduire la production et en contrôler la qualité", [
      capacity(
        "C4",
        "Conduire et surveiller la production en respectant les consignes de fabrication et les règles d’hygiène, de sécurité et d’environnement",
        "En situation de production sur l’équipement ou la ligne habituelle, avec le dossier de conduite, les consignes de sécurité et les équipements de protection individuelle.",
        ["booklet", "questioning", "observation"],
        [
          "Paramètres de production (cadence, température, pression, débit…) surveillés aux fréquences prévues et maintenus dans les tolérances du dossier de conduite.",
          "Dérives et anomalies de fonctionnement détectées, traitées dans la limite des prérogatives ou signalées sans délai.",
          "Règles d’hygiène, de sécurité et d’environnement respectées en permanence : port des EPI, consignations, tri des déchets, rangement du poste.",
        ],
      ),
      capacity(
        "C5",
        "Contrôler la qualité de la production selon le plan de contrôle et réagir en cas de non-conformité",
        "Le plan de contrôle, les moyens de mesure étalonnés et les fiches d’autocontrôle sont mis à disposition.",
        ["questioning", "observation"],
        [
          "Contrôles prévus au plan de contrôle réalisés aux fréquences prescrites avec les moyens de mesure adaptés.",
          "Résultats des contrôles enregistrés de façon lisible et exacte sur les supports prévus (fiche d’autocontrôle, carte de contrôle, logiciel de suivi).",
          "Produits non conformes identifiés, isolés et signalés ; les actions correctives prévues sont appliquées.",
        ],
      ),
    ]),
    block("B3", "Maintenir les équipements et transmettre les informations", [
      capacity(
        "C6",
        "Réaliser les opérations de maintenance de premier niveau et maintenir le poste en état de fonctionnement",
        "Les gammes de maintenance de premier niveau, l’outillage courant et les consignes de consignation sont mis à disposition.",
        ["booklet", "observation"],
        [
          "Opérations de maintenance de premier niveau (nettoyage, graissage, remplacement de pièces d’usure…) réalisées selon les gammes et aux périodicités prévues.",
          "Anomalies constatées sur l’équipement décrites avec précision au service maintenance (symptômes, circonstances, fréquence).",
          "Poste de travail nettoyé, rangé et remis en état de fonctionnement à l’issue de l’intervention.",
        ],
      ),
      capacity(
        "C7",
        "Transmettre les informations de production à l’équipe, à la hiérarchie et aux services supports",
        "Lors de la relève de poste et des échanges avec les services supports, avec le cahier de poste, les fiches de suivi et l’outil informatique de l’entreprise.",
        ["booklet", "interview"],
        [
          "Informations utiles au poste suivant (état de la production, incidents, réglages en cours) transmises à la relève de façon claire et complète.",
          "Documents de suivi de production (quantités, rebuts, temps d’arrêt) renseignés de façon exacte et exploitable.",
          "Propositions d’amélioration du poste ou de la production formulées et argumentées auprès de la hiérarchie.",
        ],
      ),
    ]),
  ],
};

export const al: ReferentialContent = {
  passRule: { kind: "all_capacities" },
  validity: { kind: "lifetime" },
  blocks: [
    block("B1", "Réceptionner et stocker les marchandises", [
      capacity(
        "C1",
        "Réceptionner les marchandises et contrôler leur conformité à la commande",
        "Sur le quai de réception, à partir des bons de livraison, des commandes et du système de gestion d’entrepôt.",
        ["booklet", "observation"],
        [
          "Conformité de la livraison (quantités, références, état des colis et des palettes) vérifiée par rapport à la commande.",
          "Anomalies (manquants, casse, erreurs de référence) portées sur les documents de transport et signalées selon la procédure.",
          "Entrées en stock enregistrées sans erreur dans le système de gestion d’entrepôt.",
        ],
      ),
      capacity(
        "C2",
        "Ranger et stocker les marchandises selon les règles d’adressage et de sécurité",
        "Avec un chariot automoteur ou un transpalette, dans le respect du plan de stockage et des règles de circulation de l’entrepôt.",
        ["questioning", "observation"],
        [
          "Marchandises stockées à l’emplacement attribué par le système ou le plan d’adressage.",
          "Règles de gerbage, de charge admissible des racks et de compatibilité des produits respectées.",
          "Engin de manutention vérifié à la prise de poste et conduit conformément aux règles de sécurité.",
        ],
      ),
      capacity(
        "C3",
        "Participer aux inventaires et au suivi des stocks",
        "Lors d’un inventaire tournant ou annuel, avec les listes de comptage ou un terminal portable.",
        ["booklet", "questioning"],
        [
          "Comptages réalisés avec exactitude et écarts de stock signalés au responsable.",
          "Règles de rotation des stocks (premier entré, premier sorti ; dates limites) appliquées.",
        ],
      ),
    ]),
    block("B2", "Préparer et expédier les commandes", [
      capacity(
        "C4",
        "Préparer les commandes selon les bons de préparation",
        "À partir des bons de préparation ou d’un terminal radiofréquence, dans les délais fixés par l’ordonnancement.",
        ["booklet", "observation"],
        [
          "Commandes préparées sans erreur de référence ni de quantité, dans le délai imparti.",
          "Colis ou palettes conditionnés, filmés et étiquetés de façon à garantir l’intégrité des produits pendant le transport.",
          "Productivité de préparation conforme aux objectifs du poste (lignes ou colis par heure).",
        ],
      ),
      capacity(
        "C5",
        "Charger et expédier les marchandises en sécurité",
        "Sur le quai d’expédition, avec le plan de chargement, les documents de transport et les engins de manutention.",
        ["questioning", "observation"],
        [
          "Chargement réalisé selon le plan de chargement (ordre de livraison, répartition des charges, calage).",
          "Documents d’expédition (bordereaux, lettres de voiture) établis et remis au transporteur.",
        ],
      ),
    ]),
    block("B3", "Communiquer et contribuer au bon fonctionnement de l’entrepôt", [
      capacity(
        "C6",
        "Échanger les informations utiles avec l’équipe, la hiérarchie et les interlocuteurs externes",
        "Dans les échanges quotidiens avec l’équipe, la hiérarchie, les transporteurs et les autres services de l’entreprise.",
        ["booklet", "interview"],
        [
          "Anomalies et aléas transmis à la bonne personne au bon moment.",
          "Consignes de travail et de sécurité comprises et reformulées si nécessaire.",
          "Suggestions d’amélioration de l’organisation du poste ou de l’entrepôt formulées.",
        ],
      ),
    ]),
  ],
};

export const ae: ReferentialContent = {
  passRule: { kind: "all_capacities" },
  validity: { kind: "lifetime" },
  blocks: [
    block("B1", "Organiser l’activité de l’équipe", [
      capacity(
        "C1",
        "Organiser et répartir le travail de l’équipe en fonction des objectifs de production",
        "À partir du planning de production, des effectifs disponibles et du tableau de polyvalence de l’équipe.",
        ["booklet", "observation", "interview"],
        [
          "Tâches réparties en tenant compte des compétences, des absences et des priorités de production.",
          "Aléas (absences, pannes, urgences) pris en compte et organisation ajustée rapidement.",
          "Objectifs de production atteints ou écarts expliqués à la hiérarchie.",
        ],
      ),
      capacity(
        "C2",
        "Suivre les résultats de l’équipe à l’aide d’indicateurs",
        "Avec les tableaux de bord de l’atelier (production, qualité, sécurité, délais).",
        ["booklet", "questioning"],
        [
          "Indicateurs de l’équipe renseignés et mis à jour aux fréquences prévues.",
          "Écarts analysés et actions correctives proposées à la hiérarchie.",
        ],
      ),
    ]),
    block("B2", "Animer l’équipe et communiquer", [
      capacity(
        "C3",
        "Transmettre les consignes et les informations à l’équipe et à la hiérarchie",
        "Lors des réunions de début de poste, des points d’équipe et au poste de travail.",
        ["observation", "interview"],
        [
          "Consignes de production, de qualité et de sécurité transmises clairement et leur compréhension vérifiée.",
          "Informations remontées par l’équipe transmises à la hiérarchie et aux services concernés.",
        ],
      ),
      capacity(
        "C4",
        "Animer une réunion d’équipe",
        "Réunion de 15 à 30 minutes avec l’équipe, sur un sujet de production, de qualité ou de sécurité.",
        ["observation", "interview"],
        [
          "Réunion préparée (objectif, ordre du jour, supports) et tenue dans le temps prévu.",
          "Expression de chaque participant favorisée et décisions formalisées.",
          "Suivi des décisions assuré lors de la réunion suivante.",
        ],
      ),
      capacity(
        "C5",
        "Accueillir les nouveaux membres de l’équipe et les former au poste de travail",
        "À l’arrivée d’un salarié ou d’un intérimaire, avec le livret d’accueil et les fiches de poste.",
        ["booklet", "observation"],
        [
          "Accueil réalisé selon le parcours prévu (présentation de l’équipe, règles de sécurité, visite de l’atelier).",
          "Formation au poste conduite par étapes, avec vérification de la maîtrise des gestes et des consignes.",
        ],
      ),
    ]),
    block("B3", "Veiller à la sécurité et conduire l’amélioration continue", [
      capacity(
        "C6",
        "Faire appliquer les règles d’hygiène, de sécurité et d’environnement dans l’équipe",
        "Dans l’atelier, conformément au document unique d’évaluation des risques et au règlement intérieur.",
        ["questioning", "observation"],
        [
          "Port des EPI et respect des consignes de sécurité vérifiés, et rappelés le cas échéant.",
          "Situations dangereuses et presque-accidents signalés et traités selon la procédure.",
        ],
      ),
      capacity(
        "C7",
        "Conduire une action d’amélioration avec l’équipe",
        "Dans le cadre de la démarche d’amélioration continue du site (5S, chantier d’amélioration, boîte à idées).",
        ["booklet", "interview"],
        [
          "Problème choisi, décrit et mesuré avec l’équipe.",
          "Solutions mises en œuvre avec la participation de l’équipe et résultats mesurés.",
          "Nouveau standard de travail formalisé et partagé.",
        ],
      ),
    ]),
  ],
};
