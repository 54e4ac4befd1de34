// Amounts in the console: typed major units <-> the API's minor units, exactly (string arithmetic, no floats).
// Stripe's zero-decimal currencies (as domain/payments/model.py ZERO_DECIMAL; a test keeps them equal).
export const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);

export const decimals = (currency: string): number => (ZERO_DECIMAL.has(currency) ? 0 : 2);

/** "42.5" EUR -> 4250, "1500" JPY -> 1500. */
export function toMinor(text: string, currency: string): number {
  const d = decimals(currency);
  const m = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!m) throw new Error("Enter the amount as a number, like 42.50");
  const frac = m[2] || "";
  if (frac.replace(/0+$/, "").length > d) throw new Error(d ? `${currency.toUpperCase()} has ${d} decimals` : `${currency.toUpperCase()} has no decimals`);
  return Number(m[1] + frac.padEnd(d, "0").slice(0, d));
}

export function formatMinor(amount: number, currency: string): string {
  const d = decimals(currency);
  const s = String(amount).padStart(d + 1, "0");
  const major = d ? `${s.slice(0, -d)}.${s.slice(-d)}` : s;
  return `${major} ${currency.toUpperCase()}`;
}
