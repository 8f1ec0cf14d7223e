import type { SchoolIds } from "../../workbook/schoolIds";
import type { SourceUnit } from "./model";
import { sameMunicipality, schoolKey } from "./normalise";

/** How a row of a file found its school on «ОО». */
export type SchoolMatch =
  | { readonly by: "code" | "login" | "name"; readonly school: string }
  | { readonly by: "ambiguous"; readonly candidates: readonly string[] }
  | { readonly by: "other" }
  | { readonly by: "none" };

/**
 * Finds a file's school among the book's: by «Код ОО», then «Логин ФИС ОКО», then the normalised name.
 * A school the book does not know is of another municipality when the file places it under one
 * (by name, or by a «Код МСУ» none of the book's schools has); else it is unmatched and listed.
 */
export class SchoolMatcher {
  private readonly byCode = new Map<string, string>();
  private readonly byLogin = new Map<string, string>();
  private readonly byKey = new Map<string, string[]>();
  /** «Код МСУ» of rows matched so far: the book's municipality in protocols. */
  private readonly ownMsu = new Set<string>();

  constructor(
    schools: readonly string[],
    ids: ReadonlyMap<string, SchoolIds>,
    private readonly municipality: string,
  ) {
    for (const school of schools) {
      const id = ids.get(school);
      if (id?.code) this.byCode.set(id.code.trim(), school);
      if (id?.login) this.byLogin.set(id.login.trim().toLowerCase(), school);
      const key = schoolKey(school);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), school]);
    }
  }

  match(unit: SourceUnit): SchoolMatch {
    const found = this.find(unit);
    if (found.by !== "none" && found.by !== "ambiguous" && unit.municipalityCode)
      this.ownMsu.add(unit.municipalityCode);
    return found;
  }

  /** Municipality rows count only when they are the book's own. */
  isOwnMunicipality(name: string): boolean {
    return sameMunicipality(name, this.municipality);
  }

  /** A second look at rows unmatched in the first pass, once the protocol's own «Код МСУ» is known. */
  isOtherByMsu(unit: SourceUnit): boolean {
    return Boolean(unit.municipalityCode && this.ownMsu.size > 0 && !this.ownMsu.has(unit.municipalityCode));
  }

  private find(unit: SourceUnit): SchoolMatch {
    const byCode = unit.code ? this.byCode.get(unit.code.trim()) : undefined;
    if (byCode) return { by: "code", school: byCode };
    const byLogin = unit.login ? this.byLogin.get(unit.login.toLowerCase()) : undefined;
    if (byLogin) return { by: "login", school: byLogin };
    if (unit.municipality && !sameMunicipality(unit.municipality, this.municipality)) return { by: "other" };
    const candidates = unit.name ? (this.byKey.get(schoolKey(unit.name)) ?? []) : [];
    if (candidates.length === 1) return { by: "name", school: candidates[0] };
    if (candidates.length > 1) return { by: "ambiguous", candidates };
    return { by: "none" };
  }
}
