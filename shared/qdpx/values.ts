/**
 * Values as Project.xsd types them (GUIDType, RGBType, xsd:dateTime, xsd:date, xsd:decimal),
 * checked on the way out so project.qde validates, and normalised on the way in so what other
 * tools write ("{ABC...}", "#F00") becomes what Storyloom stores.
 */

const GUID_BODY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A GUID as Storyloom stores it (lower case, no braces), or null if `raw` is not a GUID. */
export function normaliseGuid(raw: string): string | null {
  let value = raw.trim().toLowerCase();
  if (value.startsWith('{') && value.endsWith('}')) value = value.slice(1, -1);
  return GUID_BODY.test(value) ? value : null;
}

/** True for a colour Project.xsd accepts and Storyloom stores as is: "#rrggbb" in either case. */
export function isSixDigitColor(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}

/** "#RRGGBB" or "#RGB" (any case, spaces around) as "#rrggbb", or null. */
export function normaliseColor(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;
const TIME_ZONE = '(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const DATE_TIME = new RegExp(`^(-?\\d{4,})-(\\d{2})-(\\d{2})T(\\d{2}):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)${TIME_ZONE}$`);

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** True for a calendar date xsd:date accepts without a time zone: "2015-11-11". */
export function isXsdDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** True for an xsd:dateTime: "2026-11-23T10:00:00.000Z", "2025-06-18T02:08:15", "...+01:00". */
export function isXsdDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const hour = Number(match[4]);
  const isMidnightEnd = hour === 24 && match[5] === '00' && Number(match[6]) === 0;
  return isValidDay(Number(match[1]), Number(match[2]), Number(match[3])) && (hour < 24 || isMidnightEnd);
}

/**
 * A finite number as an xsd:decimal literal (no exponent): 1e21 -> "1000000000000000000000",
 * 1.5e-7 -> "0.00000015". Exact: it only moves the decimal point of JavaScript's shortest
 * round-trip form, so Number(decimalString(n)) === n. Null for NaN and infinities.
 */
export function decimalString(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(Object.is(value, -0) ? 0 : value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** An xsd:boolean ("true", "false", "1", "0", spaces around) as a boolean, or null. */
export function parseXsdBoolean(raw: string): boolean | null {
  const value = raw.trim();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return null;
}

/** An xsd:decimal, xsd:integer or xsd:double literal as a finite number, or null. */
export function parseXsdNumber(raw: string): number | null {
  const value = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
