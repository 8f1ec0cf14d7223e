/**
 * npm run check:firefox -- BOOK.xlsx [URL]: drives Firefox (firefox-esr from Debian, no download) through the page
 * «МСОКО без Excel» as a methodologist would: open the book, check it, show a finding's cell, make the справка,
 * download it as Word, save the book. Playwright drives only its own Firefox build, so this talks WebDriver BiDi,
 * which stock Firefox speaks. URL defaults to dist/web/index.html opened from the folder (file://).
 */
const { spawn } = require("node:child_process");
const { mkdtempSync, readFileSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join, resolve } = require("node:path");
const { pathToFileURL } = require("node:url");
const WebSocket = require("ws");

const [bookPath, url = pathToFileURL(join(__dirname, "..", "dist", "web", "index.html")).href] = process.argv.slice(2);
if (!bookPath) {
  console.error("Укажите книгу: npm run check:firefox -- КНИГА.xlsx [адрес страницы]");
  process.exit(2);
}
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const profile = mkdtempSync(join(tmpdir(), "msoko-firefox-"));
const firefox = spawn(FIREFOX, ["--headless", "--remote-debugging-port=0", "--profile", profile, "--no-remote"], {
  stdio: ["ignore", "pipe", "pipe"],
});
const endpoint = new Promise((found, failed) => {
  const scan = (chunk) => {
    const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(chunk));
    if (match) found(match[1]);
  };
  firefox.stdout.on("data", scan);
  firefox.stderr.on("data", scan);
  firefox.on("error", () => failed(new Error(`Firefox не запустился (${FIREFOX}): установите firefox-esr.`)));
});
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** One WebDriver BiDi session: commands by id, console entries kept. */
async function connect() {
  const socket = new WebSocket(`${await endpoint}/session`);
  await new Promise((opened) => socket.on("open", opened));
  const pending = new Map();
  const console = [];
  let next = 0;
  socket.on("message", (data) => {
    const message = JSON.parse(String(data));
    if (message.id && pending.has(message.id)) {
      pending.get(message.id)(message);
      pending.delete(message.id);
    } else if (message.method === "log.entryAdded") console.push(`${message.params.level}: ${message.params.text}`);
  });
  const send = (method, params) =>
    new Promise((done, failed) => {
      const id = ++next;
      pending.set(id, (m) =>
        m.type === "error" ? failed(new Error(`${method}: ${m.error} ${m.message}`)) : done(m.result),
      );
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, console };
}

async function main() {
  const { send, console: entries } = await connect();
  await send("session.new", { capabilities: {} });
  await send("session.subscribe", { events: ["log.entryAdded"] });
  const { context } = await send("browsingContext.create", { type: "tab" });
  await send("browsingContext.navigate", { context, url, wait: "complete" });
  const run = async (expression) => {
    const result = await send("script.evaluate", {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: "none",
    });
    if (result.type === "exception") throw new Error(result.exceptionDetails.text);
    return result.result.value;
  };
  const step = async (what, expression, ms = 300_000) => {
    for (let waited = 0; waited < ms; waited += 500) {
      if (await run(expression)) return console.log(`готово: ${what}`);
      await sleep(500);
    }
    throw new Error(`не дождались: ${what}\n${await run("document.body.innerText")}\n${entries.join("\n")}`);
  };
  const shown = (text) => `document.body.innerText.includes(${JSON.stringify(text)})`;
  const find = (selector, name) =>
    `[...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.trim().startsWith(${JSON.stringify(name)}) && !e.disabled)`;
  const click = async (selector, name) => {
    await step(`«${name}» на странице`, `Boolean(${find(selector, name)})`);
    await run(`${find(selector, name)}.click()`);
  };

  console.log(await run("navigator.userAgent"));
  await step("страница показана", shown("Книга не покидает компьютер"));
  const bytes = readFileSync(resolve(bookPath)).toString("base64");
  // The file goes in as the file input would take it; blobs the page hands to a download are counted.
  await run(`(() => {
    window.__downloads = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => (window.__downloads.push({ size: blob.size, type: blob.type }), create.call(URL, blob));
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(${JSON.stringify(bytes)}), (c) => c.charCodeAt(0))], "Книга.xlsx"));
    const input = document.querySelector("#open-book");
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  })()`);
  await step("книга открыта", shown("Открыта книга «Книга.xlsx»"));
  await click('[role="tab"]', "Проверка");
  await click("button", "Проверить данные");
  await step("замечания проверки", `document.querySelectorAll('[role="tabpanel"]:not([hidden]) li button').length > 0`);
  await run(`document.querySelector('[role="tabpanel"]:not([hidden]) li button').click()`);
  await step("ячейка замечания показана", `/Лист «.+», ячейка [A-Z]+\\d+/.test(document.body.innerText)`);
  await click('[role="tab"]', "Отчёт");
  await click("button", "Сформировать аналитическую справку");
  await step("справка на листе", `/Справка записана на лист/.test(document.body.innerText)`);
  await click("button", "Скачать справку (Word)");
  await step("справка скачана (.docx)", `window.__downloads.some((d) => d.type.includes("wordprocessingml"))`);
  await click("button", "Сохранить книгу");
  await step(
    "книга сохранена (.xlsx)",
    `window.__downloads.some((d) => d.type.includes("spreadsheetml")) && ${shown("Книга сохранена")}`,
  );
  const errors = entries.filter((entry) => entry.startsWith("error"));
  if (errors.length > 0) throw new Error(`ошибки в консоли:\n${errors.join("\n")}`);
  console.log("Firefox: всё прошло.");
}

main()
  .then(() => (process.exitCode = 0))
  .catch((error) => {
    console.error(String(error.message ?? error));
    process.exitCode = 1;
  })
  .finally(() => {
    firefox.kill();
    setTimeout(() => rmSync(profile, { recursive: true, force: true }), 500);
  });
