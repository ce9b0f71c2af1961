/** French words of the API's error codes that no other area already says, merged into `fr`. */
export const frErrors = {
  "error.validationFailed": "Certains champs sont à corriger.",
  "error.unsupportedMediaType": "Ce type de contenu n'est pas accepté.",
  "error.badRequest": "La demande est mal formée.",
  "error.emailTaken": "Un autre compte utilise déjà cette adresse e-mail.",
  "error.accountLinkInvalid.unknown":
    "Ce lien n'est pas valable. Copiez-le en entier depuis le message reçu, ou demandez-en un nouveau.",
  "error.accountLinkInvalid.used":
    "Ce lien a déjà servi ou a été remplacé par un plus récent. Demandez-en un nouveau si besoin.",
  "error.accountLinkInvalid.expired": "Ce lien a expiré. Demandez-en un nouveau.",
  "error.cannotDemoteSelf":
    "Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre compte.",
  "error.branchCodeTaken": "Une autre branche a déjà ce code.",
  "error.qualificationCodeTaken": "Un autre CQPI a déjà ce code.",
  "problem.notOperatedByBranch": "Ce CQPI n'est pas mis en œuvre par la branche choisie.",
  "error.qualificationNotOperated":
    "La branche {branchCode} ne met pas en œuvre le CQPI {qualificationCode}.",
  "error.candidateAccountTaken": "Ce compte est déjà celui d'un autre candidat.",

  "problem.tooShort": "Trop court : {min} caractères au moins.",
  "problem.tooFew": "Pas assez d'éléments : {min} au moins.",
  "problem.lessThan": "Doit être inférieur à {max}.",
  "problem.multipleOf": "Doit être un multiple de {divisor}.",
  "problem.format": "Format non reconnu.",
  "problem.datetime": "Date et heure attendues, par exemple 2026-05-31T14:00:00Z.",
  "problem.catalogueCodeFormat": "De 1 à 20 majuscules, chiffres ou tirets, sans espace.",
  "problem.enum": "Valeur non reconnue : choisissez parmi {options}.",
  "problem.expectedNumber": "Un nombre est attendu.",
  "problem.expectedText": "Un texte est attendu.",
  "problem.expectedBoolean": "Oui ou non est attendu.",
  "problem.expectedList": "Une liste est attendue.",
  "problem.expectedObject": "Un objet est attendu.",
  "problem.invalidValue": "Valeur invalide.",
  "problem.malformedJson": "Le contenu envoyé n'est pas du JSON valide.",
  "problem.bodyTooLarge": "Le contenu envoyé est trop volumineux.",
  "problem.alreadyUsed": "Déjà utilisé.",
  "problem.unknownReference": "Introuvable : {value}.",
  "problem.revisionStale": "Modifié entre-temps (révision {current}) : rechargez.",
  "problem.scopeRequired": "Obligatoire pour ce rôle.",
  "problem.scopeNotForRole": "Ne s'applique pas à ce rôle.",
  "problem.notCandidateAccount": "Ce compte n'est pas celui d'un candidat.",
  "problem.notEvaluatorAccount": "Ce compte n'est pas celui d'un évaluateur.",
  "problem.yearTooEarly": "L'année doit être {min} ou plus tard.",
  "problem.accreditationExpired": "L'habilitation de cet évaluateur a expiré le {until}.",
  "problem.accreditationNotYetValid": "L'habilitation de cet évaluateur ne commence que le {from}.",
  "problem.isPathwayEvaluator": "L'évaluateur du parcours ne peut pas former le candidat.",
  "problem.notAGap": "Ne fait pas partie des écarts du bilan : {codes}.",
  "problem.unknownCapacities": "Capacités inconnues : {codes}.",
  "problem.notAssessedByMethod": "Capacités que cette méthode n'évalue pas : {codes}.",
  "problem.notGaps": "Capacités qui ne sont pas des écarts : {codes}.",
  "problem.alreadyValidated": "Capacités déjà validées : {codes}.",
  "problem.carriedOver": "Capacités reportées d'un certificat, déjà acquises : {codes}.",
  "error.certificateOfAnotherHolder":
    "Ce certificat n'est pas celui du candidat : un parcours s'ouvre depuis un certificat de son titulaire.",
  "error.certificateRevoked": "Le certificat {number} est retiré : il n'apporte aucun acquis.",
  "error.nothingCarriedOver":
    "Le certificat {number} n'apporte aucune capacité à ce CQPI dans cette branche : inscrivez le parcours sans lui.",
  "error.nothingLeftToAssess":
    "Le certificat {number} couvre déjà toutes les capacités de ce CQPI dans cette branche, modules compris : il ne reste rien à évaluer.",
  "problem.noCapacityToAssess": "Aucune capacité à évaluer par cette méthode à cette étape du parcours.",
  "problem.unknownCriterion": "Critère inconnu : {criterion}.",
  "problem.capacityNotCovered": "La capacité {capacity} n'est pas couverte par cette évaluation.",
  "problem.givenTwice": "{item} figure deux fois.",
  "problem.notScored": "Pas encore noté.",
  "problem.noEntry": "Pas encore renseigné.",
  "problem.notJudged": "Pas encore apprécié par l'évaluateur.",
  "problem.beforeRegistration": "Ne peut pas précéder l'inscription du parcours ({registeredOn}).",
  "problem.tooFarAhead": "Au plus {days} jours à l'avance.",
  "problem.notForMethod": "Ne s'applique pas à cette méthode d'évaluation.",
  "problem.oneFileOnly": "Un seul fichier par envoi.",
  "problem.differsFromRow": "Diffère de la ligne {firstRow} (« {value} »).",
  "problem.beyondLastColumn": "Des valeurs dépassent la dernière colonne de l'en-tête.",
  "problem.capacityCodeRequired":
    "Le code de capacité est obligatoire sur une ligne qui décrit une capacité ou un critère.",
  "problem.unknownMethod": "Méthode inconnue « {method} » (attendues : {options}, séparées par |).",
  "problem.notANumber": "Doit être un nombre, pas « {value} ».",
  "problem.identifierOfDocument": "C'est l'identifiant du CFDocument.",
  "problem.identifierTwice": "{identifier} est aussi l'identifiant de {other}.",
  "problem.unknownItemType": "Type d'élément inconnu « {label} » (attendus : {options}).",
  "problem.misplacedItemType": "Un élément « {found} » ne peut pas être ici : « {expected} » attendu.",
  "problem.childOfCriterion": "Placé sous un résultat attendu, qui ne peut pas avoir d'élément enfant.",
  "problem.noSuchItem": "{identifier} : aucun CFItem de ce nom dans le paquet.",
  "problem.parentNotFound":
    "Le parent de {child} ({identifier}) n'est ni le CFDocument ni un CFItem du paquet.",
  "problem.secondParent": "{child} a déjà un parent ({association}) : un référentiel est un arbre.",
  "error.controlCharacter":
    "Le texte contient un caractère de contrôle invisible : retirez-le puis réessayez.",
  "error.foreignOrigin": "Cette demande vient d'un autre site que la plateforme : elle a été refusée.",
  "error.originRequired":
    "Cette demande ne dit pas de quel site elle vient : rechargez la page puis réessayez.",
  "error.candidateNotEditable":
    "Ce candidat est salarié d'une entreprise d'une autre branche : c'est son secrétariat qui modifie sa fiche.",
  "error.accountLinkForbidden":
    "Seul un secrétariat peut lier la fiche d'un candidat à un compte de connexion.",
  "error.candidateAccountUnavailable":
    "Ce compte ne peut pas être lié : ce n'est pas un compte candidat libre.",
  "error.malformedMultipart": "Le fichier envoyé est illisible ou incomplet : envoyez-le à nouveau.",
  "error.accreditationAlreadyRevoked": "Cette habilitation a déjà été retirée.",
  "problem.controlCharacter":
    "Contient un caractère de contrôle invisible (seuls les retours à la ligne des textes longs sont acceptés).",
  "problem.secretariatOnly": "Seul un secrétariat peut lier un compte de connexion.",
  "problem.accountUnavailable": "Ce compte ne peut pas être lié : ce n'est pas un compte candidat libre.",
  "problem.malformedMultipart": "Envoi illisible ou incomplet.",

  "problem.noParent": "Aucune association isChildOf vers le CFDocument ou un autre CFItem.",
  "problem.parentCycle": "N'est pas sous le CFDocument : ses associations isChildOf forment un cycle.",
  "error.issuerKeyExists":
    "La plateforme a déjà une clé de signature : faites-la tourner plutôt que d'en créer une autre.",
  "error.issuerKeyMissing":
    "Aucune clé de signature utilisable : l'exploitant de la plateforme doit en créer une.",
  "error.issuerKeyMissing.privateKeyMissing":
    "La clé de signature en vigueur est absente du fichier de clés : l'exploitant de la plateforme doit le rétablir.",
  "error.issuerKeyChanged": "La clé de signature vient d'être changée par ailleurs : réessayez.",
  "error.certificateNotFound": "Aucun certificat ne correspond à ce numéro.",
  "error.certificateAlreadyRevoked": "Ce certificat est déjà révoqué : une révocation est définitive.",
  "error.awardBlocksInvalid": "Les blocs attribués ne correspondent pas au référentiel du CQPI.",
  "error.jurySessionNotClosed":
    "La session de jury n'est pas encore close : la correction d'une décision et la délivrance des certificats attendent sa clôture.",
  "error.cdcNotConfigured":
    "Les identifiants du certificateur auprès de la Caisse des Dépôts ne sont pas renseignés : l'exploitant de la plateforme doit les indiquer.",
  "error.cdcCertificationUnknown": "Aucun CQPI ne porte ce code de certification.",
  "error.cdcNothingToDeclare":
    "Aucun titulaire à déclarer sur cette période : les titulaires aux données d'identité incomplètes sont listés à part.",
} as const;
