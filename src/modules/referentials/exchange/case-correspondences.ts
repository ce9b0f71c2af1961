import type { Linker } from "./case-items.ts";
import { type CaseAssociation, type CaseItem, type CaseLink, itemTypes } from "./case-vocabulary.ts";
import { nameBasedUuid } from "./name-based-uuid.ts";

/** A recorded correspondence of one of the version's blocs or capacities, with its other end's address. */
export interface CaseCorrespondence {
  itemCode: string;
  kind: "exact" | "partial" | "related";
  /** The other end: a CFItem of another CQPI's package, or an external certification's bloc. */
  other: { title: string; uri: string };
  /** Whether the version's item is the correspondence's `from` end (the association's origin). */
  isFrom: boolean;
}

const uuidAtEnd = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** exact → exactMatchOf; partial → isPartOf (the `from` item covers part of the `to`); related → isRelatedTo. */
const associationTypes = { exact: "exactMatchOf", partial: "isPartOf", related: "isRelatedTo" } as const;

/**
 * The correspondences as CFAssociations in the order given, each from its `from` end (originNodeURI, as
 * CASE 1.0 reads "origin exactMatchOf / isPartOf / isRelatedTo destination") to its `to` end, whichever
 * of them is the version's item; the kind is kept in `extensions.cqpi`. An item code the package does not
 * hold is left out. The other end's identifier is the UUID its CFItem URI ends with, or else a name-based
 * UUID of its URI.
 */
export function writeCorrespondences(
  correspondences: readonly CaseCorrespondence[],
  context: { scope: string; items: CaseItem[]; link: Linker; lastChangeDateTime: string },
): CaseAssociation[] {
  return correspondences.flatMap((c, i) => {
    const item = context.items.find(
      (it) => it.humanCodingScheme === c.itemCode && it.CFItemType !== itemTypes.criterion.title,
    );
    if (!item) return [];
    const here: CaseLink = { title: item.humanCodingScheme, identifier: item.identifier, uri: item.uri };
    const there: CaseLink = {
      title: c.other.title,
      identifier: c.other.uri.match(uuidAtEnd)?.[0] ?? nameBasedUuid(c.other.uri),
      uri: c.other.uri,
    };
    const { identifier, uri } = context.link(
      "CFAssociations",
      `${context.scope}/correspondences/${encodeURIComponent(c.itemCode)}/${c.other.uri}`,
      "",
    );
    return [
      {
        identifier,
        uri,
        associationType: associationTypes[c.kind],
        sequenceNumber: i + 1,
        originNodeURI: c.isFrom ? here : there,
        destinationNodeURI: c.isFrom ? there : here,
        lastChangeDateTime: context.lastChangeDateTime,
        extensions: { cqpi: { correspondenceKind: c.kind } },
      },
    ];
  });
}
