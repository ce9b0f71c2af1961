import type { ReferentialContent } from "../referentials/schemas.ts";
import { block, capacity, salesPassRule } from "./demo-referentials-builders.ts";

/**
 * DEMO DATA — sales CQPIs: VCM and VCAD, evaluated by weighted marks (criteria weighted 1 to 3).
 * Invented for the demo in the style of public French referentials of sales jobs; not the official
 * referentials.
 */

export const vcm: ReferentialContent = {
  passRule: salesPassRule,
  validity: { kind: "lifetime" },
  blocks: [
    block("B1", "Accueillir, conseiller et vendre", [
      capacity(
        "C1",
        "Accueillir le client et identifier ses besoins",
        "En situation réelle de vente, dans le magasin, pendant les heures d’ouverture.",
        ["observation", "interview"],
        [
          [2, "Client accueilli avec courtoisie et sans attente, selon les standards de l’enseigne."],
          [
            3,
            "Besoins du client identifiés par un questionnement adapté et une écoute active (questions ouvertes, reformulation).",
          ],
        ],
      ),
      capacity(
        "C2",
        "Conseiller le client et argumenter l’offre de produits et de services",
        "À partir de l’offre du magasin, des fiches produits et des services associés (livraison, garantie, carte de fidélité).",
        ["questioning", "observation"],
        [
          [
            3,
            "Produits proposés adaptés aux besoins exprimés, argumentation fondée sur leurs caractéristiques et leurs avantages.",
          ],
          [2, "Objections du client traitées de façon pertinente."],
          [1, "Ventes additionnelles et services associés proposés à bon escient."],
        ],
      ),
      capacity(
        "C3",
        "Conclure la vente et fidéliser le client",
        "En rayon ou en caisse, selon les procédures de vente et de fidélisation de l’enseigne.",
        ["observation"],
        [
          [3, "Signaux d’achat repérés et vente conclue au moment opportun."],
          [1, "Opérations d’encaissement réalisées sans erreur."],
          [2, "Client accompagné jusqu’à la prise de congé, dispositifs de fidélisation présentés."],
        ],
      ),
    ]),
    block("B2", "Tenir le rayon et contribuer aux résultats du magasin", [
      capacity(
        "C4",
        "Réceptionner les produits et les mettre en rayon",
        "À partir des bons de livraison, des plans de merchandising (planogrammes) et des consignes de l’enseigne.",
        ["booklet", "observation"],
        [
          [1, "Produits réceptionnés contrôlés puis rangés en réserve ou mis en rayon dans les délais."],
          [
            2,
            "Rayon approvisionné et présenté selon les planogrammes, règles de rotation (premier entré, premier sorti) respectées.",
          ],
          [
            1,
            "Étiquetage des prix et signalétique conformes à la réglementation et aux opérations commerciales.",
          ],
        ],
      ),
      capacity(
        "C5",
        "Participer à la gestion des stocks et à la lutte contre la démarque",
        "Avec les outils de gestion du magasin (terminal portable, états de stock) et les procédures de l’enseigne.",
        ["booklet", "questioning"],
        [
          [2, "Ruptures et surstocks repérés, signalés ou corrigés par une proposition de commande."],
          [
            2,
            "Mesures de prévention de la démarque appliquées (antivols, contrôle des dates, traitement de la casse).",
          ],
        ],
      ),
      capacity(
        "C6",
        "Traiter les réclamations et les situations difficiles avec les clients",
        "Face à un client mécontent, en magasin, dans la limite de ses prérogatives.",
        ["booklet", "interview"],
        [
          [
            2,
            "Réclamation écoutée avec calme, reformulée et solution proposée dans le cadre des procédures de l’enseigne.",
          ],
          [1, "Situation dépassant ses prérogatives transmise au responsable avec les informations utiles."],
        ],
      ),
    ]),
  ],
};

export const vcad: ReferentialContent = {
  passRule: salesPassRule,
  validity: { kind: "years", years: 5 },
  blocks: [
    block("B1", "Conduire un entretien de vente à distance", [
      capacity(
        "C1",
        "Prendre en charge un appel entrant ou un contact écrit (courriel, messagerie instantanée)",
        "Sur une plateforme de relation client, avec le logiciel de gestion de la relation client et les guides d’entretien de l’entreprise.",
        ["questioning", "observation"],
        [
          [2, "Client identifié, son dossier consulté et sa demande reformulée dès le début de l’échange."],
          [1, "Règles de présentation et délais de réponse de l’entreprise respectés."],
        ],
      ),
      capacity(
        "C2",
        "Identifier les besoins du client et lui proposer une offre adaptée",
        "Lors d’appels entrants ou sortants réels écoutés en double écoute, avec le catalogue et l’argumentaire de l’entreprise.",
        ["observation", "interview"],
        [
          [3, "Besoins identifiés par un questionnement structuré, sans support visuel."],
          [3, "Offre adaptée proposée et argumentée en s’appuyant sur l’historique du client."],
          [2, "Objections traitées et ventes additionnelles proposées."],
        ],
      ),
      capacity(
        "C3",
        "Conclure la vente et enregistrer la commande",
        "Avec le logiciel de prise de commande, les conditions générales de vente et les moyens de paiement sécurisé.",
        ["booklet", "observation"],
        [
          [3, "Vente conclue et accord du client recueilli de façon explicite."],
          [
            2,
            "Commande saisie sans erreur (références, quantités, adresse, modes de livraison et de paiement).",
          ],
          [
            1,
            "Informations légales communiquées au client (droit de rétractation, conditions de livraison).",
          ],
        ],
      ),
    ]),
    block("B2", "Assurer le suivi de la relation client", [
      capacity(
        "C4",
        "Traiter les réclamations des clients à distance",
        "Par téléphone ou par écrit, selon la procédure de traitement des réclamations et dans la limite des gestes commerciaux autorisés.",
        ["booklet", "observation", "interview"],
        [
          [
            2,
            "Réclamation analysée et solution proposée dans le cadre des procédures et des gestes commerciaux autorisés.",
          ],
          [2, "Réponses écrites rédigées dans un français correct, sur un ton adapté au client."],
        ],
      ),
      capacity(
        "C5",
        "Mettre à jour le dossier du client et transmettre les informations utiles",
        "Dans le logiciel de gestion de la relation client, en respectant les règles de protection des données personnelles.",
        ["booklet", "questioning"],
        [
          [1, "Historique du contact renseigné de façon complète et exploitable par un autre conseiller."],
          [2, "Données personnelles traitées dans le respect du RGPD et des consignes de confidentialité."],
        ],
      ),
      capacity(
        "C6",
        "Contribuer à l’atteinte des objectifs individuels et collectifs de la plateforme",
        "Au regard des indicateurs de la plateforme (taux de transformation, durée moyenne de traitement, satisfaction client).",
        ["booklet", "interview"],
        [
          [2, "Résultats individuels suivis et comparés aux objectifs."],
          [1, "Pistes d’amélioration de sa pratique identifiées avec le superviseur."],
        ],
      ),
    ]),
  ],
};
