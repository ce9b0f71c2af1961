/** French messages of the observatory: the dashboard and the public key figures; merged into `fr`. */
export const frObservatory = {
  "nav.observatory": "Observatoire",
  "nav.keyFigures": "Chiffres clés",

  "observatory.title": "Observatoire",
  "observatory.intro":
    "Les CQPI attribués, leur composition, la réussite par capacité et ce qui reste à déclarer, calculés à partir des certificats délivrés.",
  "observatory.scopeAll": "Périmètre : toutes les branches.",
  "observatory.scopeBranches": "Périmètre : vos branches ({branches}).",
  "observatory.filters": "Filtres de l'observatoire",
  "observatory.qualification": "CQPI",
  "observatory.allQualifications": "Tous les CQPI",
  "observatory.fromYear": "De l'année",
  "observatory.toYear": "À l'année",
  "observatory.anyYear": "Toutes",
  "observatory.downloadTable": "Télécharger « {table} » en {format}",
  "observatory.percent": "{value} %",

  "observatory.figures": "Chiffres du périmètre",
  "observatory.awards": "CQPI attribués",
  "observatory.fullShare": "Certifications complètes",
  "observatory.over45Share": "Titulaires de 45 ans et plus",
  "observatory.firstCertificationShare": "Première certification du titulaire",
  "observatory.directShare": "Attribués directement sur l'expérience",
  "observatory.medianDays": "Délai médian de l'inscription à l'attribution",
  "observatory.daysValue": "{days} jours",
  "observatory.declaredInTime": "Déclarés à la Caisse des Dépôts sous trois mois",

  "observatory.byYear.title": "Attributions par année",
  "observatory.byYear.summary":
    "{awards} attributions de {first} à {last} : {full} certifications complètes et {partial} par blocs de compétences.",
  "observatory.byQualification.title": "Attributions par CQPI",
  "observatory.byQualification.summary": "{count} CQPI attribués ; le plus attribué : {top} ({awards}).",
  "observatory.summaryEmpty": "Aucune attribution dans ce périmètre.",
  "observatory.detail.title": "Attributions par CQPI, branche et année",
  "observatory.full": "Complètes",
  "observatory.partial": "Blocs de compétences",
  "observatory.total": "Total",
  "observatory.year": "Année",
  "observatory.branch": "Branche",
  "observatory.over45": "45 ans et plus",
  "observatory.firstCertification": "Premières certifications",
  "observatory.direct": "Sur l'expérience",
  "observatory.empty": "Aucune attribution.",

  "observatory.capacities.title": "Réussite par capacité",
  "observatory.capacities.choose":
    "Choisissez un CQPI pour voir, capacité par capacité, la part des titulaires qui l'ont acquise sans formation.",
  "observatory.capacities.summary":
    "{qualification} : {count} capacités ; la plus souvent travaillée en formation : {capacity} ({rate} de réussite sans formation).",
  "observatory.capacities.capacity": "Capacité",
  "observatory.capacities.holders": "Titulaires",
  "observatory.capacities.trained": "Avec formation",
  "observatory.capacities.passRate": "Réussite sans formation",
  "observatory.capacities.empty": "Aucun titulaire de ce CQPI dans ce périmètre.",

  "observatory.declarations.title": "Déclarations à la Caisse des Dépôts",
  "observatory.declarations.choose":
    "Choisissez un CQPI pour voir ses attributions qui restent à déclarer, et celles dont le délai de trois mois est dépassé.",
  "observatory.declarations.noRncp":
    "Ce CQPI n'a pas de code RNCP : ses titulaires ne peuvent pas être déclarés.",
  "observatory.declarations.summary":
    "{undeclared} attributions non déclarées, dont {overdue} au-delà du délai de trois mois.",
  "observatory.declarations.number": "Numéro",
  "observatory.declarations.holder": "Titulaire",
  "observatory.declarations.awardedOn": "Attribué le",
  "observatory.declarations.dueOn": "À déclarer avant le",
  "observatory.declarations.state": "Délai",
  "observatory.declarations.overdue": "Dépassé",
  "observatory.declarations.onTime": "En cours",
  "observatory.declarations.missing": "Identité à compléter",
  "observatory.declarations.empty": "Tout est déclaré pour cette période.",
  "observatory.identity.birthName": "nom de naissance",
  "observatory.identity.firstName": "prénom",
  "observatory.identity.birthDate": "date de naissance",
  "observatory.identity.sex": "sexe",
  "observatory.identity.birthPlace": "lieu de naissance",

  "keyFigures.title": "Chiffres clés",
  "keyFigures.intro":
    "Les CQPI depuis leur création, calculés à partir des certificats délivrés sur la plateforme.",
  "keyFigures.results": "Résultats",
  "keyFigures.certificates": "CQPI attribués depuis leur création",
  "keyFigures.fraction": "{part} sur {whole}",
  "keyFigures.exactShare": "soit {percent}",
  "keyFigures.over45": "attribué à des titulaires de 45 ans et plus",
  "keyFigures.firstCertification": "dont c'est la première certification",
  "keyFigures.direct": "attribué directement grâce à la reconnaissance des acquis de l'expérience",
  "keyFigures.branches": "branches concernées",
  "keyFigures.qualifications": "CQPI opérationnels",
  "keyFigures.timeline": "Dates clés",
  "keyFigures.timelineSummary":
    "De {first} à {last} : {awards} CQPI attribués, {branches} branches et {qualifications} CQPI.",
  "keyFigures.timelineItem":
    "{branches} branches · {qualifications} CQPI · {awards} CQPI attribués ({yearAwards} dans l'année)",
  "keyFigures.cumulative": "CQPI attribués depuis la création",
  "keyFigures.empty": "Aucun CQPI n'a encore été attribué sur la plateforme.",

  "landing.keyFiguresTitle": "Chiffres clés",
  "landing.keyFiguresText":
    "Les CQPI attribués depuis leur création, les branches concernées et leurs titulaires.",
  "landing.keyFiguresLink": "Voir les chiffres clés",
} as const;
