import { demoReport, documentText } from "./reportFixture";

/**
 * Golden texts: the demo workbook's справка for 2024/2025 as a reader reads it, section by section
 * (the appendix's tables are checked elsewhere). A change to the wording or to the analysis shows up
 * here for review (jest -u to accept, only once the new text is right).
 */
describe("the справка of the demo workbook", () => {
  const result = demoReport();
  const { document } = result;

  test.each(
    document.sections.filter((section) => section.id !== "appendix").map((section) => [section.id, section] as const),
  )("%s", (_id, section) => {
    expect(
      documentText({ ...document, sections: [section] })
        .split("\n")
        .slice(4),
    ).toMatchSnapshot();
  });

  test("every text is written as a value, never as a formula", () => {
    const cells = result.plan.sheets.flatMap((sheet) => sheet.blocks.flatMap((block) => block.cells.flat()));
    expect(cells.some((cell) => typeof cell === "object" && cell !== null)).toBe(false);
    expect(cells.filter((cell) => typeof cell === "string" && cell.length > 40).length).toBeGreaterThan(50);
  });

  test("reads as Russian prose: no doubled spaces, no «0 школ», a capital letter first", () => {
    const texts = document.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : [])),
    );
    for (const text of texts) {
      expect(text).not.toMatch(/ {2}|\s[,.]|\b0 (школ|ОО|показател)/);
      expect(text.trim()).toBe(text);
      expect(text).toMatch(/^[А-ЯЁA-Z«]/);
    }
  });
});
