import { builtInCatalog, findFramework } from "../../src/core/catalog";
import type { Indicator, System } from "../../src/core/catalog/schema";
import { type IndicatorAnalysis, type Phrase, type Verdict } from "../../src/core/features/analysis/model";
import { ACTORS } from "../../src/core/base/model/terms";
import { DEFAULT_PHRASES } from "../../src/core/features/analysis/phraseBank";
import { fillPhrase, recommend, schoolList, themeOfSystem } from "../../src/core/features/analysis/recommend";

const asino = findFramework("asino")!;
const systemOf = (code: string): System => asino.systems.find((system) => system.code === code)!;
const firstIndicator = (system: System): Indicator => system.criteria[0].indicators[0];

function analysisOf(system: System, verdict: Verdict, extra: Partial<IndicatorAnalysis> = {}): IndicatorAnalysis {
  return {
    indicator: firstIndicator(system),
    systemCode: system.code,
    values: [
      { period: "2022/2023", value: 40 },
      { period: "2023/2024", value: 35 },
    ],
    verdict,
    schools: [],
    ...extra,
  };
}

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 3»"];

describe("recommend", () => {
  it("answers a decline with 2–4 recommendations, one per actor, from the system's theme first", () => {
    const system = systemOf("3");
    const result = recommend(analysisOf(system, "declined"), system, DEFAULT_PHRASES, []);
    expect(result.length).toBeGreaterThanOrEqual(2);
    expect(result.length).toBeLessThanOrEqual(4);
    expect(new Set(result.map((item) => item.actor)).size).toBe(result.length);
    expect(result.every((item) => item.trigger === "declined")).toBe(true);
    expect(result.every((item) => item.phraseId.startsWith("talent.declined."))).toBe(true);
    expect(result.every((item) => item.indicatorCode === firstIndicator(system).code)).toBe(true);
    for (const item of result) expect(ACTORS).toContain(item.actor);
  });

  it.each(["declined", "unstable", "insufficient"] as const)("maps the verdict %s to its trigger", (verdict) => {
    const system = systemOf("1");
    const result = recommend(analysisOf(system, verdict), system, DEFAULT_PHRASES, []);
    expect(result.length).toBeGreaterThanOrEqual(2);
    expect(new Set(result.map((item) => item.trigger))).toEqual(new Set([verdict]));
  });

  it("adds notReached when the target is missed, and gives nothing when nothing calls for it", () => {
    const system = systemOf("4");
    const missed = recommend(analysisOf(system, "stable", { target: 50, reached: false }), system, DEFAULT_PHRASES, []);
    expect(missed.map((item) => item.trigger)).toEqual(missed.map(() => "notReached"));
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(recommend(analysisOf(system, "stable", { reached: true }), system, DEFAULT_PHRASES, [])).toEqual([]);
    expect(recommend(analysisOf(system, "changed"), system, DEFAULT_PHRASES, [])).toEqual([]);
  });

  it("names the schools concerned, addresses the lagging ones first, and gives each finding its say", () => {
    const system = systemOf("2");
    const analysis = analysisOf(system, "declined", { target: 60, reached: false });
    const result = recommend(analysis, system, DEFAULT_PHRASES, SCHOOLS);
    expect(result).toHaveLength(4);
    expect(result[0].trigger).toBe("lowSchools");
    expect(new Set(result.map((item) => item.trigger))).toEqual(new Set(["lowSchools", "declined", "notReached"]));
    expect(new Set(result.map((item) => item.actor)).size).toBe(4);
    expect(result[0].text).toContain("МБОУ «СОШ № 1», МБОУ «СОШ № 3»");
    for (const item of result) expect(item.schools).toEqual(SCHOOLS);
  });

  it("fills every placeholder, and without schools never speaks of them", () => {
    const texts: string[] = [];
    for (const system of builtInCatalog().frameworks.flatMap((framework) => framework.systems)) {
      if (system.criteria.length === 0 || system.criteria[0].indicators.length === 0) continue;
      for (const verdict of ["declined", "unstable", "insufficient"] as const) {
        for (const schools of [[], SCHOOLS]) {
          const result = recommend(analysisOf(system, verdict, { reached: false }), system, DEFAULT_PHRASES, schools);
          expect(result.length).toBeGreaterThanOrEqual(2);
          expect(result.length).toBeLessThanOrEqual(4);
          for (const item of result) {
            expect(item.text).not.toMatch(/[{}]/);
            expect(item.text).not.toMatch(/\(\s*\)|\s[,.]|\s{2}/);
            expect(item.text).not.toMatch(/\b0 школ|\b0 ОО/);
            if (schools.length === 0) expect(item.text).not.toContain("МБОУ");
            texts.push(item.text);
          }
        }
      }
    }
    expect(texts.length).toBeGreaterThan(100);
  });

  it("frames the indicator label so that any label reads, quotes nested", () => {
    const text = fillPhrase(
      "провести мониторинг по показателю «{показатель}» ({ОО}).",
      "Доля участников ЕГЭ по предмету «Русский язык».",
      [],
    );
    expect(text).toBe("провести мониторинг по показателю «Доля участников ЕГЭ по предмету „Русский язык“».");
  });

  it("drops the schools slot with its brackets, dash or colon when no school is named", () => {
    expect(fillPhrase("визиты в школы ({ОО}).", "x", [])).toBe("визиты в школы.");
    expect(fillPhrase("визиты в школы — {ОО}.", "x", [])).toBe("визиты в школы.");
    expect(fillPhrase("визиты в школы: {ОО}.", "x", [])).toBe("визиты в школы.");
    expect(fillPhrase("визиты в школы ({ОО}).", "x", ["МБОУ «СОШ № 2»"])).toBe("визиты в школы (МБОУ «СОШ № 2»).");
  });

  it("counts the rest of a long list instead of naming every school", () => {
    const many = Array.from({ length: 9 }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
    expect(schoolList(many)).toBe(
      "МБОУ «СОШ № 1», МБОУ «СОШ № 2», МБОУ «СОШ № 3», МБОУ «СОШ № 4», МБОУ «СОШ № 5» и ещё 4 ОО",
    );
    expect(schoolList(many.slice(0, 6)).split(", ")).toHaveLength(6);
  });

  it("prefers a phrase written for the system's own code, then its theme, then any system", () => {
    const system = systemOf("3");
    const own: Phrase = {
      id: "mine.1",
      trigger: "declined",
      actor: "ИМЦ",
      systemCode: "3",
      text: "своя мера.",
      source: "",
    };
    const other: Phrase = { ...own, id: "mine.2", systemCode: "5", actor: "педагоги", text: "чужая мера." };
    const result = recommend(analysisOf(system, "declined"), system, [...DEFAULT_PHRASES, other, own], []);
    expect(result.find((item) => item.actor === "ИМЦ")?.text).toBe("своя мера.");
    expect(result.some((item) => item.text === "чужая мера.")).toBe(false);
    const generic = recommend(
      analysisOf(systemOf("3"), "declined"),
      { ...system, label: "Нечто новое", name: "Нечто новое" },
      DEFAULT_PHRASES,
      [],
    );
    expect(generic.every((item) => item.phraseId.startsWith("any."))).toBe(true);
    expect(themeOfSystem({ label: "Нечто новое", name: "Нечто новое" })).toBeUndefined();
  });

  it("is deterministic", () => {
    const system = systemOf("7");
    const analysis = analysisOf(system, "unstable", { reached: false });
    expect(recommend(analysis, system, DEFAULT_PHRASES, SCHOOLS)).toEqual(
      recommend(analysis, system, DEFAULT_PHRASES, SCHOOLS),
    );
  });
});
