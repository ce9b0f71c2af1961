/**
 * Numbers and dates as French readers expect them, shared by every document the platform prints
 * (referential PDF, jury minutes, certificates) so that all of them say a date the same way.
 */

const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** "12,5" — French decimal comma. */
export const formatNumber = (value: number) => numberFormat.format(value);

/** "80 %" with the no-break space French typography puts before the sign. */
export const formatPercent = (value: number) => `${formatNumber(value)}\u00a0%`;

/** "12 mars 2025", the date as it is in France. */
export const formatDate = (isoDateTime: string) => dateFormat.format(new Date(isoDateTime));
