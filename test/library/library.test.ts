import { builtInCatalog, indicatorsOf } from "../../src/core/catalog";
import { MECHANISMS } from "../../src/core/base/model/terms";
import { buildLibrary, closestEntry, LibraryEntry } from "../../src/core/features/library/library";
import { normaliseWording, stemSimilarity, wordingStems } from "../../src/core/features/library/similarity";

const frameworks = builtInCatalog().frameworks;
const library = buildLibrary(frameworks);
const entryOf = (code: string): LibraryEntry => library.find((e) => e.sources.some((s) => s.code === code))!;

describe("the indicator library over the four frameworks", () => {
  test("every indicator of every framework is in exactly one entry", () => {
    const codes = library.flatMap((entry) => entry.sources.map((source) => source.code));
    const all = frameworks.flatMap(indicatorsOf).map((indicator) => indicator.code);
    expect(codes.sort()).toEqual(all.sort());
    expect(library.length).toBeLessThan(all.length);
  });

  test("entries come grouped by mechanism, in the federal methodology's order", () => {
    const order = [...MECHANISMS, "other"];
    const positions = library.map((entry) => order.indexOf(entry.mechanism));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const mechanism of MECHANISMS) expect(library.some((e) => e.mechanism === mechanism)).toBe(true);
  });

  test("near-duplicates across documents are one entry with both sources", () => {
    // ШССУ (Абинск) and ШНСУ (Асино) name the same schools.
    expect(entryOf("ASN.2.03.01")).toBe(entryOf("ABN.1.2.18"));
    expect(entryOf("ASN.6.04.01")).toBe(entryOf("ABN.2.2.08"));
    expect(entryOf("ASN.3.05.01")).toBe(entryOf("ABN.1.3.18"));
    // Таймыр's indicators were picked from Асино's: the same entries.
    expect(entryOf("ASN.1.01.01").sources.map((s) => s.frameworkId)).toEqual(["asino", "taimyr"]);
  });

  test("indicators that differ in who is counted stay apart", () => {
    expect(entryOf("ASN.5.02.05")).not.toBe(entryOf("ABN.1.3.14")); // руководителей … / обучающихся …
    expect(entryOf("ASN.3.02.04")).not.toBe(entryOf("ABN.1.3.18")); // обучающихся с ОВЗ / детей
    expect(entryOf("ASN.6.03.03")).not.toBe(entryOf("ABN.2.2.06")); // педагогов / молодых педагогов
  });

  test("each entry says its kind, unit, direction, audience and what feeds it", () => {
    const vpr = entryOf("ASN.1.01.01");
    expect(vpr).toMatchObject({ kind: "share", unit: "percent", direction: "higher", feed: "results" });
    expect(vpr.audience).toEqual(["school"]);
    const kdn = entryOf("ASN.7.05.02");
    expect(kdn).toMatchObject({ kind: "count", feed: "schools" });
    expect(entryOf("ASN.5.04.04")).toMatchObject({ kind: "yesno", feed: "municipality", audience: [] });
    expect(entryOf("ASN.5.02.01").kind).toBe("share"); // a flag per school, then the share of schools
  });

  test("a wording with other case, OCR damage and numbering finds its entry", () => {
    const found = closestEntry(
      library,
      "доля участников ВПР (предметные результаты 4 класс), показавших высокие результатыI",
    );
    expect(found?.entry).toBe(entryOf("ASN.1.01.01"));
    expect(closestEntry(library, "Количество снежинок на школьном дворе")).toBeUndefined();
  });
});

describe("wording similarity", () => {
  test("Latin look-alikes inside Cyrillic words are repaired, ё is е", () => {
    expect(normaliseWording("Дoля учaстников ВПр, учёт")).toBe("доля участников впр учет");
  });

  test("case endings fold, prepositions do not count", () => {
    const a = wordingStems("Доля педагогов, включенных в сетевые сообщества");
    const b = wordingStems("доля педагогов, включённых в сетевых сообществах");
    expect(stemSimilarity(a, b)).toBe(1);
  });
});
