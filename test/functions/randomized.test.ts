import { FakeCustomFunctionError, installCustomFunctionsGlobal } from "../helpers/customFunctionsGlobal";

installCustomFunctionsGlobal();
const shipped = (require("../../src/functions/functions") as typeof import("../../src/functions/functions"))
  .customFunctions;

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARITY: Record<string, number> = {
  share: 3,
  dynamics: 4,
  trend: 2,
  risk: 3,
  quality: 5,
  success: 5,
  avgmark: 5,
  sou: 5,
  status: 3,
  describe: 5,
};

const ALLOWED_CODES = new Set(["#VALUE!", "#DIV/0!", "#NUM!", "#N/A"]);

describe("random arguments never break a function", () => {
  const random = generator(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const scalars = (): unknown =>
    pick([
      () => Math.floor(random() * 200),
      () => random() * 200 - 50,
      () => pick([0, 1, -1, 100, 1e308, -0, 0.5, 1e-9, Number.MAX_SAFE_INTEGER, NaN, Infinity]),
      () =>
        pick(["", " ", "12", "12,5", "abc", "не проводилось", "НЕ ПРОВОДИЛОСЬ", "п.п.", "%", "абс", "школа", "=1+1"]),
      () => pick([true, false]),
      () => null,
      () => undefined,
      () => pick(["меньше — лучше", "выше", "Доля участников", "Количество ОО", "-", "1e3", "∞"]),
    ])();
  const matrix = (rows: number, cols: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, scalars));
  const argument = (rows: number, cols: number): unknown =>
    pick([() => matrix(1, 1), () => matrix(rows, cols), () => matrix(rows, cols), () => undefined, () => scalars()])();

  test.each(Object.keys(ARITY))("%s: 4 000 random calls", (name) => {
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const [rows, cols] = [1 + Math.floor(random() * 4), 1 + Math.floor(random() * 4)];
      const args = Array.from({ length: ARITY[name] }, () => argument(rows, cols));
      const result = shipped[name](...args);
      expect(Array.isArray(result) && result.every(Array.isArray)).toBe(true);
      for (const cell of result.flat()) {
        if (cell instanceof FakeCustomFunctionError) {
          expect(ALLOWED_CODES).toContain(cell.code);
          expect(cell.message).toMatch(/[А-Яа-яЁё]/);
          outcomes.set(cell.code, (outcomes.get(cell.code) ?? 0) + 1);
        } else if (typeof cell === "number") {
          expect(Number.isFinite(cell)).toBe(true);
          outcomes.set("number", (outcomes.get("number") ?? 0) + 1);
        } else {
          expect(typeof cell).toBe("string");
          outcomes.set("text", (outcomes.get("text") ?? 0) + 1);
        }
      }
    }
    // The generator reaches both valid results and refusals, or the test proves little.
    expect(outcomes.get("#VALUE!") ?? 0).toBeGreaterThan(0);
    expect((outcomes.get("number") ?? 0) + (outcomes.get("text") ?? 0)).toBeGreaterThan(100);
  });
});
