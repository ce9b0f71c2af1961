/**
 * Governance of the CQPI (BRIEF §3.1): the bodies that decide, what they decide, how a vote of the two
 * colleges becomes an outcome, and the charter adhesion workflow. Pure: no I/O, shared with the web app.
 */

/** The national technical committee, the political committee, and each branch's CPNE. */
export const bodyKinds = ["national_committee", "coc", "cpne"] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** The two colleges of a paritaire body: employers' organisations and employees' unions. */
export const colleges = ["employer", "employee"] as const;
export type College = (typeof colleges)[number];

export const decisionKinds = [
  "create_qualification",
  "retire_qualification",
  "validate_version",
  "publish_version",
  "accept_adhesion",
  "recognise_correspondence",
] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export type DecisionOutcome = "adopted" | "rejected";

export interface CollegeVotes {
  for: number;
  against: number;
  abstain: number;
}
export type DecisionVotes = Record<College, CollegeVotes>;

/**
 * A decision is adopted when each college that voted has more votes for than against: a paritaire
 * body does not decide over one college's opposition. A college that cast no vote at all (absent) does
 * not block; a decision nobody voted for is rejected.
 */
export function decisionOutcome(votes: DecisionVotes): DecisionOutcome {
  const voting = colleges.map((c) => votes[c]).filter((v) => v.for + v.against + v.abstain > 0);
  if (voting.length === 0) return "rejected";
  return voting.every((v) => v.for > v.against) ? "adopted" : "rejected";
}

/** What a decision of each kind is about: the facts that must be named with it. */
export const decisionSubjects: Record<
  DecisionKind,
  readonly ("qualificationCode" | "version" | "adhesionRequestId")[]
> = {
  create_qualification: ["qualificationCode"],
  retire_qualification: ["qualificationCode"],
  validate_version: ["qualificationCode", "version"],
  publish_version: ["qualificationCode", "version"],
  accept_adhesion: ["adhesionRequestId"],
  recognise_correspondence: [],
};

/** Only the national committee decides on a branch's adhesion to the charter; any body decides the rest. */
export function mayDecide(bodyKind: BodyKind, kind: DecisionKind): boolean {
  return kind !== "accept_adhesion" || bodyKind === "national_committee";
}

/** Charter adhesion: a branch files a request, its CPNE gives the paritaire opinion, the committee decides. */
export const adhesionStatuses = ["requested", "opinion_recorded", "accepted", "refused"] as const;
export type AdhesionStatus = (typeof adhesionStatuses)[number];

export type Opinion = "favourable" | "unfavourable";
export type ParitaireOpinion = Record<College, Opinion>;

export const isFavourable = (opinion: ParitaireOpinion) =>
  colleges.every((college) => opinion[college] === "favourable");

/** Why an adhesion move is refused; each is an error code of the API. */
export type AdhesionRefusal =
  | "ADHESION_NOT_AWAITING_OPINION"
  | "ADHESION_NOT_AWAITING_DECISION"
  | "ADHESION_OPINION_NOT_FAVOURABLE";

export type AdhesionEvent = { kind: "record_opinion" } | { kind: "decide"; outcome: DecisionOutcome };

/**
 * The adhesion transition table: requested → opinion_recorded on the paritaire opinion; then the
 * committee's decision accepts it (only after a favourable opinion of both colleges, as the charter
 * says) or refuses it. Accepted and refused requests are final; a refused branch files a new request.
 */
export function nextAdhesionStatus(
  from: AdhesionStatus,
  event: AdhesionEvent,
  opinion: ParitaireOpinion | null,
): { to: AdhesionStatus } | { refusal: AdhesionRefusal } {
  if (event.kind === "record_opinion")
    return from === "requested" ? { to: "opinion_recorded" } : { refusal: "ADHESION_NOT_AWAITING_OPINION" };
  if (from !== "opinion_recorded" || !opinion) return { refusal: "ADHESION_NOT_AWAITING_DECISION" };
  if (event.outcome === "rejected") return { to: "refused" };
  return isFavourable(opinion) ? { to: "accepted" } : { refusal: "ADHESION_OPINION_NOT_FAVOURABLE" };
}

/** Requests still in progress: a branch has at most one of them at a time. */
export const openAdhesionStatuses: readonly AdhesionStatus[] = ["requested", "opinion_recorded"];

/** Kinds of documents of a library (per body or per CQPI). */
export const documentKinds = [
  "charter",
  "methodological_guide",
  "recommendation_note",
  "minutes",
  "other",
] as const;
export type DocumentKind = (typeof documentKinds)[number];
