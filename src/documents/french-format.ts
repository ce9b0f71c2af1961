/**
 * Numbers and dates as French readers expect them, shared by every document the platform prints
 * (referential PDF, jury minutes, certificates) so that all of them say a date the same way.
 */

const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const shortDateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" });

/** "12,5" — French decimal comma. */
export const formatNumber = (value: number) => numberFormat.format(value);

/** "80 %" with the no-break space French typography puts before the sign. */
export const formatPercent = (value: number) => `${formatNumber(value)}\u00a0%`;

/** "12 mars 2025", the date as it is in France. */
export const formatDate = (isoDateTime: string) => dateFormat.format(new Date(isoDateTime));

/** "12/03/2025", the date in a table cell (a day `YYYY-MM-DD` is that day, whatever the time zone). */
export const formatShortDate = (isoDateOrTime: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrTime)
    ? isoDateOrTime.split("-").reverse().join("/")
    : shortDateFormat.format(new Date(isoDateOrTime));
