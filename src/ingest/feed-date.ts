/**
 * Dates as feeds write them: RFC 822 (RSS), RFC 3339 (Atom, JSON Feed), and the odd local variant.
 */

/** A date from a feed, or null when it does not parse (feeds write dates in many ways). */
export function feedDate(raw: string | null): Date | null {
  if (!raw) return null;
  const t = Date.parse(raw.trim());
  if (!Number.isNaN(t)) return new Date(t);
  // RFC 822 with a zone abbreviation V8 does not know ("PKT"): keep the wall time, as UTC.
  const m =
    /^(?:[A-Za-z]{3},\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s+[A-Za-z]{2,5}$/.exec(
      raw.trim(),
    );
  if (m) {
    const t2 = Date.parse(`${m[1]} GMT`);
    if (!Number.isNaN(t2)) return new Date(t2);
  }
  return null;
}
