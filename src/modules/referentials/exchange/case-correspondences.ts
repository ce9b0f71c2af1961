import type { Linker } from "./case-items.ts";
import { type CaseAssociation, type CaseItem, type CaseLink, itemTypes } from "./case-vocabulary.ts";
import { nameBasedUuid } from "./name-based-uuid.ts";

/** A recorded correspondence of one of the version's blocs or capacities, with its other end's address. */
export interface CaseCorrespondence {
  itemCode: string;
  kind: "exact" | "partial" | "related";
  /** The other end: a CFItem of another CQPI's package, or an external certification's bloc. */
  destination: { title: string; uri: string };
}

const uuidAtEnd = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** exact → exactMatchOf; partial → isPartOf (the item covers part of the other); related → isRelatedTo. */
const associationTypes = { exact: "exactMatchOf", partial: "isPartOf", related: "isRelatedTo" } as const;

/**
 * The correspondences as CFAssociations from the version's item to the other end, in the order given;
 * the kind is kept in `extensions.cqpi`. An item code the package does not hold is left out. The other
 * end's identifier is the UUID its CFItem URI ends with, or else a name-based UUID of its URI.
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
    const origin: CaseLink = { title: item.humanCodingScheme, identifier: item.identifier, uri: item.uri };
    const { identifier, uri } = context.link(
      "CFAssociations",
      `${context.scope}/correspondences/${encodeURIComponent(c.itemCode)}/${c.destination.uri}`,
      "",
    );
    return [
      {
        identifier,
        uri,
        associationType: associationTypes[c.kind],
        sequenceNumber: i + 1,
        originNodeURI: origin,
        destinationNodeURI: {
          title: c.destination.title,
          identifier: c.destination.uri.match(uuidAtEnd)?.[0] ?? nameBasedUuid(c.destination.uri),
          uri: c.destination.uri,
        },
        lastChangeDateTime: context.lastChangeDateTime,
        extensions: { cqpi: { correspondenceKind: c.kind } },
      },
    ];
  });
}
