// Browser end-to-end walk through the lagebild web UI, driven by
// crates/server/tests/browser.rs (which starts the server on a corpus it
// builds). Opens the search page, searches, follows a result to the article,
// follows a speaker to the actor page, opens the timeline; saves a
// screenshot of each page and prints a JSON report of what was shown.
// Exits non-zero when a step fails.
//
//   node browse.mjs --url http://127.0.0.1:PORT --query WORDS \
//       --article EXT_ID --speaker NAME --out DIR
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

function args() {
  const a = {};
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i += 2) a[v[i].replace(/^--/, "")] = v[i + 1];
  for (const k of ["url", "query", "article", "speaker", "out"]) {
    if (!a[k]) throw new Error(`missing --${k}`);
  }
  return a;
}

const opt = args();
mkdirSync(opt.out, { recursive: true });
const report = { steps: [], console_errors: [], page_errors: [] };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = null;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15000);
  page.on("console", (m) => { if (m.type() === "error") report.console_errors.push(m.text()); });
  page.on("pageerror", (e) => report.page_errors.push(String(e)));
  page.on("dialog", async (d) => { report.dialogs = (report.dialogs || 0) + 1; await d.dismiss(); });
  const shot = async (name) => page.screenshot({ path: join(opt.out, name), fullPage: true });

  // 1. Search page.
  await page.goto(opt.url + "/");
  await page.waitForSelector("#search-form");
  await page.waitForFunction(() => document.getElementById("stats").textContent.length > 0);
  report.steps.push({ page: "search", title: await page.title(), stats: await page.textContent("#stats") });
  await shot("01-search.png");

  // 2. Search.
  await page.fill("#q", opt.query);
  await page.click("#go");
  const hit = page.locator(".article-hit a.hit-title", { hasText: opt.article });
  await hit.first().waitFor();
  report.steps.push({
    page: "results",
    url: page.url(),
    articles: await page.locator(".article-hit a.hit-title").allTextContents(),
    marks: await page.locator(".article-hit mark").allTextContents(),
    statements: await page.locator(".statement-hit blockquote").allTextContents(),
    speakers: await page.locator(".statement-hit .actor-link").allTextContents(),
  });
  await shot("02-results.png");

  // 3. Follow the result to the article.
  await hit.first().click();
  await page.waitForURL(/\/article\/\d+/);
  await page.waitForSelector("#article:not([hidden]) #who .speaker");
  report.steps.push({
    page: "article",
    url: page.url(),
    title: await page.textContent("#title"),
    text: await page.textContent("#text"),
    speakers: await page.locator("#who .speaker-name").allTextContents(),
    quotes_in_text: await page.evaluate(() => new Set(Array.from(document.querySelectorAll("#text [data-quote]")).map((e) => e.dataset.quote)).size),
    mentions: await page.locator("#text a.mention").allTextContents(),
    timexes: await page.locator("#text .timex").allTextContents(),
    events: await page.locator("#text .event").count(),
    entity_rows: await page.locator("#entities tbody tr").count(),
    // Injected markup must show as text, never become elements.
    injected_elements: await page.evaluate(() => document.querySelectorAll("#main img, #main script, #main iframe, [onerror], [onclick]").length),
    xss_flag: await page.evaluate(() => window.__lagebild_xss === true),
  });
  await shot("03-article.png");

  // 4. Follow the speaker to the actor page.
  const speaker = page.locator("#who .speaker-name a", { hasText: opt.speaker });
  await speaker.first().click();
  await page.waitForURL(/\/actor\/\d+/);
  await page.waitForSelector("#actor:not([hidden])");
  report.steps.push({
    page: "actor",
    url: page.url(),
    name: await page.textContent("#name"),
    meta: await page.textContent("#meta"),
    countries: await page.locator("#countries li").allTextContents(),
    roles: await page.locator("#roles li").allTextContents(),
    statements: await page.locator("#statements blockquote").allTextContents(),
    events_source: await page.locator("#events-source li").allTextContents(),
    events_target: await page.locator("#events-target li").allTextContents(),
    articles: await page.locator("#articles li a").allTextContents(),
  });
  await shot("04-actor.png");

  // 4b. A statement links to its place in the article.
  await page.locator("#statements li .hit-meta a").first().click();
  await page.waitForURL(/\/article\/\d+#q-\d+$/);
  await page.waitForSelector("#article:not([hidden])");
  report.steps.push({
    page: "statement-in-article",
    url: page.url(),
    anchored: await page.evaluate(() => {
      const e = document.getElementById(location.hash.slice(1));
      return e ? e.textContent : null;
    }),
  });
  await page.goBack();
  await page.waitForSelector("#actor:not([hidden])");

  // 5. The actor's events on the timeline.
  await page.click("#timeline-link");
  await page.waitForURL(/\/timeline\?actor=\d+/);
  await page.waitForSelector("#chart svg rect");
  report.steps.push({
    page: "timeline",
    url: page.url(),
    note: await page.textContent("#actor-note"),
    bars: await page.locator("#chart svg rect").count(),
    types: await page.locator("#legend li").allTextContents(),
    status: await page.textContent("#status"),
  });
  await shot("05-timeline.png");

  // 6. The whole corpus timeline.
  await page.goto(opt.url + "/timeline");
  await page.waitForSelector("#chart svg rect");
  report.steps.push({ page: "timeline-all", bars: await page.locator("#chart svg rect").count() });
  await shot("06-timeline-all.png");
} catch (e) {
  failed = String(e && e.stack ? e.stack : e);
} finally {
  await browser.close();
}
report.failed = failed;
console.log(JSON.stringify(report));
process.exit(failed ? 1 : 0);
