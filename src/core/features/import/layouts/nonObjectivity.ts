import { findCol, findRow, splitLogin, textOf, yearIn } from "../cells";
import type { NonObjectivityEntry } from "../model";
import { normalise } from "../normalise";
import { Layout } from "./common";

/** The ФИОКО list of schools with signs of non-objectivity: «Год | Логин | Муниципалитет | ОО | 4 РУ | … | Количество маркеров». */
export const nonObjectivity: Layout = {
  id: "nonObjectivity",
  find: (rows) =>
    findRow(rows, (cells) => cells.includes("логин") && cells.some((c) => c.startsWith("количество маркеров"))),
  read(rows, headerRow) {
    const header = rows[headerRow].map(normalise);
    const yearCol = findCol(header, (c) => c === "год");
    const loginCol = findCol(header, (c) => c === "логин");
    const muniCol = findCol(header, (c) => c.startsWith("муниципалитет"));
    const nameCol = findCol(
      header,
      (c) => c === "оо" || c.startsWith("наименование оо") || c.startsWith("название оо"),
    );
    const countCol = findCol(header, (c) => c.startsWith("количество маркеров"));
    const markerCols = header.map((c, i) => ({ c, i })).filter(({ c, i }) => i > nameCol && i < countCol && c !== "");
    const entries: NonObjectivityEntry[] = [];
    for (let r = headerRow + 1; r < rows.length; r++) {
      const line = rows[r];
      const year = yearIn(line[yearCol]);
      const login = textOf(line[loginCol]).toLowerCase();
      const name = textOf(line[nameCol]);
      if (!year || (!login && !name)) continue;
      const markers = markerCols
        .filter(({ i }) => ["1", "да", "+", "x", "х"].includes(normalise(line[i])))
        .map(({ i }) => textOf(rows[headerRow][i]));
      const count = Number(textOf(line[countCol])) || markers.length;
      const split = splitLogin(name);
      entries.push({
        year,
        unit: {
          name: split.name,
          ...((/^edu\d+$/.test(login) ? login : split.login) && {
            login: /^edu\d+$/.test(login) ? login : split.login,
          }),
          ...(textOf(line[muniCol]) && { municipality: textOf(line[muniCol]) }),
        },
        markers,
        count,
      });
    }
    return { results: [], nonObjectivity: entries, notices: [] };
  },
};
