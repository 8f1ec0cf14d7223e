import { cliText } from "../../src/core/base/i18n/cli";
import { runCli } from "./run";

describe("msoko catalog", () => {
  test("lists frameworks and systems with counts in correct Russian", async () => {
    const { code, out: raw } = await runCli("catalog");
    const out = raw.replace(/\u00a0/g, " ");
    expect(code).toBe(0);
    expect(out).toMatch(/^asino — Асиновский район: 8 систем, 161 показатель$/m);
    expect(out).toMatch(/^ {2}1\. Система оценки качества подготовки обучающихся — 7 критериев, 31 показатель$/m);
    expect(out).toMatch(/^ {2}2\. .* — 4 критерия, 10 показателей$/m);
    expect(out).toMatch(/^federal — .*: 2 блока, 9 подсистем, 284 позиции$/m);
  });

  test("--json prints frameworks → systems → criteria → indicators with code, name and unit", async () => {
    const { code, out } = await runCli("catalog", "--json", "--framework", "asino");
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.frameworks).toHaveLength(1);
    expect(parsed.methodology).toBeUndefined();
    const indicators = parsed.frameworks[0].systems.flatMap((s: { criteria: { indicators: unknown[] }[] }) =>
      s.criteria.flatMap((c) => c.indicators),
    );
    expect(indicators).toHaveLength(161);
    expect(indicators[0]).toMatchObject({ code: expect.any(String), name: expect.any(String), unit: "percent" });
  });

  test("--json --framework federal prints the methodology", async () => {
    const parsed = JSON.parse((await runCli("catalog", "--json", "--framework", "federal")).out);
    expect(parsed.frameworks).toEqual([]);
    expect(parsed.methodology.blocks).toHaveLength(2);
  });

  test("an unknown framework or option is a usage error with a Russian message", async () => {
    expect(await runCli("catalog", "--framework", "moscow")).toMatchObject({
      code: 2,
      err: "Нет системы показателей «moscow». Есть: asino, tula, abinsk, taimyr, federal.",
    });
    const wrong = await runCli("catalog", "--jsn");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe(cliText.unknownOption("catalog", "--jsn", "--json"));
  });
});

describe("msoko calc", () => {
  test("computes a function from command-line words", async () => {
    expect(await runCli("calc", "QUALITY", "1125", "1694", "843", "138")).toMatchObject({ code: 0, out: "74,2" });
    expect(await runCli("calc", "MSOKO.SUCCESS", "1125", "1694", "843", "138")).toMatchObject({ out: "96,4" });
    expect(await runCli("calc", "TREND", "33", "50", "33")).toMatchObject({ out: "нестабильно" });
  });

  test("a refused input prints the function's message and exits 1", async () => {
    expect(await runCli("calc", "SHARE", "30", "25")).toMatchObject({
      code: 1,
      err: "Числитель (30) больше знаменателя (25)",
    });
  });

  test("no command prints the help and exits 2; an unknown one names itself", async () => {
    expect((await runCli()).code).toBe(2);
    expect(await runCli("frobnicate")).toMatchObject({
      code: 2,
      err: "Неизвестная команда «frobnicate». Справка: msoko help",
    });
  });
});
