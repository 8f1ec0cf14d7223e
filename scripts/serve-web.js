/**
 * npm run web: serves the page «МСОКО без Excel» (dist/web, made by npm run build) on this computer only,
 * at http://127.0.0.1:8080 (another port: npm run web -- 8081). Nothing is sent anywhere: the page reads
 * and writes the workbook in the browser; this server only hands it its own files.
 */
const { createServer } = require("node:http");
const { readFile } = require("node:fs/promises");
const { existsSync } = require("node:fs");
const { extname, join, normalize, sep } = require("node:path");

const ROOT = join(__dirname, "..", "dist", "web");
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 8080);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

if (!existsSync(join(ROOT, "index.html"))) {
  console.error("Страница ещё не собрана: выполните «npm run build» (или «npm run build:web») и повторите.");
  process.exit(1);
}

const server = createServer(async (request, response) => {
  const wanted = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
  const file = normalize(join(ROOT, wanted === "/" ? "index.html" : wanted));
  if (!file.startsWith(ROOT + sep)) return response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});

server.on("error", (error) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Порт ${PORT} занят. Укажите другой: npm run web -- ${PORT + 1}`
      : `Сервер не запустился: ${error.message}`,
  );
  process.exit(1);
});

server.listen(PORT, "127.0.0.1", () => {
  console.log(`МСОКО без Excel: откройте в браузере http://127.0.0.1:${PORT}/`);
  console.log("Страница доступна только на этом компьютере. Остановить сервер: Ctrl+C.");
});
