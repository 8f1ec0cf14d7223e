/** Characters no file system of Windows, macOS or Linux takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const LIMIT = 100;

/** A file name after the organisation: forbidden characters become «_», length kept reasonable, «.xlsx» added. */
export function safeFileName(organisation: string, extension = ".xlsx"): string {
  let name = organisation
    .replace(FORBIDDEN, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, "");
  if (name.length > LIMIT) name = name.slice(0, LIMIT).trim();
  if (name === "" || RESERVED.test(name)) name = `_${name}`;
  return `${name}${extension}`;
}
