import type { frObservatory } from "./fr-observatory.ts";

/** English messages of the observatory; same keys as `frObservatory`. */
export const enObservatory = {
  "nav.observatory": "Observatory",
  "nav.keyFigures": "Key figures",

  "observatory.title": "Observatory",
  "observatory.intro":
    "CQPIs awarded, what they are made of, the pass rate per capacity and what remains to declare, computed from the certificates issued.",
  "observatory.scopeAll": "Scope: every branch.",
  "observatory.scopeBranches": "Scope: your branches ({branches}).",
  "observatory.filters": "Observatory filters",
  "observatory.qualification": "CQPI",
  "observatory.allQualifications": "Every CQPI",
  "observatory.fromYear": "From year",
  "observatory.toYear": "To year",
  "observatory.anyYear": "All",
  "observatory.downloadTable": "Download “{table}” as {format}",
  "observatory.percent": "{value}%",

  "observatory.figures": "Figures of the scope",
  "observatory.awards": "CQPIs awarded",
  "observatory.fullShare": "Full certifications",
  "observatory.over45Share": "Holders aged 45 or more",
  "observatory.firstCertificationShare": "Holder's first certification",
  "observatory.directShare": "Awarded directly on experience",
  "observatory.medianDays": "Median time from registration to award",
  "observatory.daysValue": "{days} days",
  "observatory.declaredInTime": "Declared to the Caisse des Dépôts within three months",

  "observatory.byYear.title": "Awards by year",
  "observatory.byYear.summary":
    "{awards} awards from {first} to {last}: {full} full certifications and {partial} by competence blocks.",
  "observatory.byQualification.title": "Awards by CQPI",
  "observatory.byQualification.summary": "{count} CQPIs awarded; the most awarded: {top} ({awards}).",
  "observatory.summaryEmpty": "No award in this scope.",
  "observatory.detail.title": "Awards by CQPI, branch and year",
  "observatory.full": "Full",
  "observatory.partial": "Competence blocks",
  "observatory.total": "Total",
  "observatory.year": "Year",
  "observatory.branch": "Branch",
  "observatory.over45": "Aged 45 or more",
  "observatory.firstCertification": "First certifications",
  "observatory.direct": "On experience",
  "observatory.empty": "No award.",

  "observatory.capacities.title": "Pass rate per capacity",
  "observatory.capacities.choose":
    "Choose a CQPI to see, capacity by capacity, the share of holders who acquired it without training.",
  "observatory.capacities.summary":
    "{qualification}: {count} capacities; the one most often trained: {capacity} ({rate} passed without training).",
  "observatory.capacities.capacity": "Capacity",
  "observatory.capacities.holders": "Holders",
  "observatory.capacities.trained": "With training",
  "observatory.capacities.passRate": "Passed without training",
  "observatory.capacities.empty": "No holder of this CQPI in this scope.",

  "observatory.declarations.title": "Declarations to the Caisse des Dépôts",
  "observatory.declarations.choose":
    "Choose a CQPI to see its awards still to declare, and those past the three-month limit.",
  "observatory.declarations.noRncp": "This CQPI has no RNCP code: its holders cannot be declared.",
  "observatory.declarations.summary":
    "{undeclared} awards not declared, {overdue} of them past the three-month limit.",
  "observatory.declarations.number": "Number",
  "observatory.declarations.holder": "Holder",
  "observatory.declarations.awardedOn": "Awarded on",
  "observatory.declarations.dueOn": "Declare by",
  "observatory.declarations.state": "Limit",
  "observatory.declarations.overdue": "Past",
  "observatory.declarations.onTime": "Running",
  "observatory.declarations.missing": "Identity to complete",
  "observatory.declarations.empty": "Everything is declared for this period.",
  "observatory.identity.birthName": "birth name",
  "observatory.identity.firstName": "first name",
  "observatory.identity.birthDate": "birth date",
  "observatory.identity.sex": "sex",
  "observatory.identity.birthPlace": "birth place",

  "keyFigures.title": "Key figures",
  "keyFigures.intro": "CQPIs since their creation, computed from the certificates issued on the platform.",
  "keyFigures.results": "Results",
  "keyFigures.certificates": "CQPIs awarded since their creation",
  "keyFigures.fraction": "{part} in {whole}",
  "keyFigures.exactShare": "that is {percent}",
  "keyFigures.over45": "awarded to holders aged 45 or more",
  "keyFigures.firstCertification": "for whom it is the first certification",
  "keyFigures.direct": "awarded directly on the recognition of experience",
  "keyFigures.branches": "branches involved",
  "keyFigures.qualifications": "operational CQPIs",
  "keyFigures.timeline": "Key dates",
  "keyFigures.timelineSummary":
    "From {first} to {last}: {awards} CQPIs awarded, {branches} branches and {qualifications} CQPIs.",
  "keyFigures.timelineItem":
    "{branches} branches · {qualifications} CQPIs · {awards} CQPIs awarded ({yearAwards} that year)",
  "keyFigures.cumulative": "CQPIs awarded since creation",
  "keyFigures.empty": "No CQPI has been awarded on the platform yet.",

  "landing.keyFiguresTitle": "Key figures",
  "landing.keyFiguresText": "CQPIs awarded since their creation, the branches involved and their holders.",
  "landing.keyFiguresLink": "See the key figures",
} as const satisfies Record<keyof typeof frObservatory, string>;
