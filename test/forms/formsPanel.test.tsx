import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { FormsOperations } from "../../src/core/operations/forms";
import { formsText } from "../../src/core/base/i18n/forms";
import FormsPanel from "../../src/taskpane/components/FormsPanel";

const never = () => new Promise<never>(() => undefined);
const operations: FormsOperations = {
  periods: never,
  makeForms: never,
  previewForms: never,
  collectForms: never,
};

describe("FormsPanel", () => {
  test("offers «Формы для ОО» and «Собрать формы» in Russian, with «Загрузить» waiting for a preview", () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <FormsPanel operations={operations} />
      </FluentProvider>,
    );
    const p = formsText.panel;
    for (const text of [p.formsTitle, p.collectTitle, p.makeForms, p.pick, p.drop, p.load]) {
      expect(html).toContain(text.replace(/"/g, "&quot;"));
    }
    expect(html).toMatch(/<input[^>]*type="file"[^>]*multiple/);
    expect(html).toMatch(/<button[^>]*disabled[^>]*>(?:(?!<\/button>).)*Загрузить/);
  });
});
