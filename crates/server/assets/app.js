// lagebild web UI. Plain JavaScript, no framework, no build step.
// Every piece of corpus text is put into the page with textContent or text
// nodes, never parsed as HTML; links are built from numeric ids and
// encodeURIComponent only.
"use strict";

const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
// Cooperative types in greens/blues, conflictual ones in oranges/reds.
const EVENT_COLORS = {
  AGREE: "#2a9d8f", CONSULT: "#457b9d", SUPPORT: "#52b788", CONCEDE: "#90be6d",
  COOPERATE: "#1d3557", AID: "#74c69d", RETREAT: "#a8dadc", REQUEST: "#8d99ae",
  ACCUSE: "#f4a261", REJECT: "#e76f51", THREATEN: "#d62828", PROTEST: "#f77f00",
  SANCTION: "#9d0208", MOBILIZE: "#6a4c93", COERCE: "#bc4749", ASSAULT: "#370617",
};
const KIND_DE = { direct: "direkt", indirect: "indirekt", mixed: "gemischt" };
const TYPE_DE = { PER: "Person", ORG: "Organisation", LOC: "Ort", MISC: "Sonstiges" };

// ---------- helpers ----------

/** Creates an element; children may be nodes or strings (become text). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

const $ = (id) => document.getElementById(id);

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error : `HTTP ${res.status}`;
    throw new Error(msg);
  }
  return body;
}

function status(text, isError) {
  const s = $("status");
  if (!s) return;
  s.textContent = text || "";
  s.classList.toggle("error", !!isError);
}

function articleHref(id, quoteId) {
  return `/article/${Number(id)}` + (quoteId != null ? `#q-${Number(quoteId)}` : "");
}
function actorHref(id) { return `/actor/${Number(id)}`; }
function searchHref(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return "/?" + p.toString();
}

/** Text with highlighted code-point spans as <mark> elements. */
function marked(text, highlights) {
  const frag = document.createDocumentFragment();
  const cps = Array.from(text || "");
  let pos = 0;
  for (const [s, e] of highlights || []) {
    if (s < pos || e > cps.length || s >= e) continue;
    if (s > pos) frag.append(document.createTextNode(cps.slice(pos, s).join("")));
    frag.append(el("mark", {}, cps.slice(s, e).join("")));
    pos = e;
  }
  if (pos < cps.length) frag.append(document.createTextNode(cps.slice(pos).join("")));
  return frag;
}

/** "1 Äußerung", "2 Äußerungen". */
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function shorten(s, n) {
  const cps = Array.from(s || "");
  return cps.length > n ? cps.slice(0, n - 1).join("") + "…" : cps.join("");
}

function badge(type) {
  return el("span", { class: `badge ${type}`, title: TYPE_DE[type] || type }, type);
}

function evtype(t) {
  const s = el("span", { class: "evtype" }, t);
  s.style.background = EVENT_COLORS[t] || "#666";
  return s;
}

function actorLink(name, id) {
  if (id != null) return el("a", { href: actorHref(id), class: "actor-link" }, name);
  return el("span", {}, name || "–");
}

function empty(text) { return el("li", { class: "empty" }, text); }

async function loadStats() {
  try {
    const s = await api("/api/stats");
    const span = $("stats");
    if (span) span.textContent = [count(s.articles, "Artikel", "Artikel"), count(s.actors, "Akteur", "Akteure"), count(s.quotes, "Äußerung", "Äußerungen"), count(s.events, "Ereignis", "Ereignisse")].join(" · ");
  } catch (_) { /* the page works without */ }
}

// ---------- search page ----------

const SEARCH_FIELDS = ["q", "actor", "speaker", "country", "event", "from", "to"];

function searchParamsFromUrl() {
  const u = new URLSearchParams(location.search);
  const p = {};
  for (const f of SEARCH_FIELDS.concat(["offset"])) {
    const v = u.get(f);
    if (v) p[f] = v;
  }
  return p;
}

function fillForm(form, params) {
  for (const el of form.elements) {
    if (el.name && el.name in params) el.value = params[el.name];
    else if (el.name) el.value = "";
  }
}

async function runSearch(params) {
  const hasAny = SEARCH_FIELDS.some((f) => params[f]);
  const limit = 20;
  for (const id of ["actor-hits", "speaker-hits", "article-hits", "statement-hits"]) $(id).hidden = true;
  if (!hasAny) {
    status("");
    await showTopActors();
    return;
  }
  if (["actor", "speaker", "country", "event", "from", "to"].some((f) => params[f])) $("filters").open = true;
  status("Suche …");
  const qs = new URLSearchParams(params);
  qs.set("limit", String(limit));
  let r;
  try {
    r = await api("/api/search?" + qs.toString());
  } catch (e) {
    status("Fehler: " + e.message, true);
    return;
  }
  status(r.total_articles === 0 && r.total_statements === 0 ? "Keine Treffer." : "");

  const list = clear($("article-list"));
  $("article-count").textContent = `(${r.total_articles})`;
  for (const a of r.articles) {
    list.append(el("li", { class: "article-hit" },
      el("a", { class: "hit-title", href: articleHref(a.id) }, a.ext_id),
      el("div", { class: "hit-meta" }, [a.date || "ohne Datum", count(a.quotes, "Äußerung", "Äußerungen"), count(a.events, "Ereignis", "Ereignisse")].join(" · ")),
      el("p", { class: "snippet" }, marked(a.snippet, a.highlights))));
  }
  if (!r.articles.length) list.append(empty("Keine Artikel."));
  const pager = clear($("pager"));
  const offset = Number(params.offset || 0);
  if (offset > 0) pager.append(el("a", { href: searchHref({ ...params, offset: String(Math.max(0, offset - limit)) }) }, "← vorherige"));
  if (offset + r.articles.length < r.total_articles) pager.append(el("a", { href: searchHref({ ...params, offset: String(offset + limit) }), id: "next-page" }, "weitere Treffer →"));
  $("article-hits").hidden = false;

  const sl = clear($("statement-list"));
  $("statement-count").textContent = `(${r.total_statements})`;
  for (const s of r.statements) {
    sl.append(el("li", { class: "statement-hit" },
      el("div", { class: "hit-meta" },
        actorLink(s.speaker || "unbekannt", s.speaker_actor_id),
        ` · ${s.date || "ohne Datum"} · ${KIND_DE[s.kind] || s.kind}${s.cue ? " (" + s.cue + ")" : ""} · `,
        el("a", { href: articleHref(s.article_id, s.id) }, s.ext_id)),
      el("blockquote", {}, marked(s.text, s.highlights))));
  }
  if (!r.statements.length) sl.append(empty("Keine Äußerungen."));
  $("statement-hits").hidden = false;

  const actorQuery = params.q || params.actor || params.speaker;
  if (actorQuery) await showActors(actorQuery, "Akteure");
}

function actorChips(ul, actors, countOf) {
  clear(ul);
  for (const a of actors) {
    ul.append(el("li", {},
      el("a", { href: actorHref(a.id) }, a.name), " ", badge(a.type),
      a.country ? ` ${a.country}` : "", el("span", { class: "count" }, ` ${countOf(a)}`)));
  }
}

async function showActors(q, title) {
  try {
    const r = await api("/api/actors?" + new URLSearchParams({ q, limit: "16" }).toString());
    actorChips($("actor-list"), r.actors, (a) => a.articles);
    $("actor-hits").querySelector("h2").textContent = title;
    $("actor-hits").hidden = r.actors.length === 0;
  } catch (_) { /* optional */ }
}

async function showTopActors() {
  await showActors("", "Häufigste Akteure");
  try {
    const r = await api("/api/actors?" + new URLSearchParams({ sort: "statements", limit: "16" }).toString());
    actorChips($("speaker-list"), r.actors, (a) => count(a.statements, "Äußerung", "Äußerungen"));
    $("speaker-hits").hidden = r.actors.length === 0;
  } catch (_) { /* optional */ }
}

function initSearch() {
  const form = $("search-form");
  const params = searchParamsFromUrl();
  fillForm(form, params);
  runSearch(params);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const f of SEARCH_FIELDS) {
      const v = (form.elements[f].value || "").trim();
      if (v) p[f] = v;
    }
    history.pushState(null, "", searchHref(p));
    runSearch(p);
  });
  window.addEventListener("popstate", () => {
    const p = searchParamsFromUrl();
    fillForm(form, p);
    runSearch(p);
  });
}

// ---------- article page ----------

function speakerKey(q) {
  if (q.speaker_actor_id != null) return "id:" + q.speaker_actor_id;
  if (q.speaker) return "name:" + q.speaker;
  return null;
}

function renderAnnotatedText(container, a, colorOf) {
  const cps = Array.from(a.text);
  const n = cps.length;
  const anns = [];
  const clamp = (x) => Math.max(0, Math.min(n, x));
  for (const e of a.entities) {
    for (const m of e.mentions) anns.push({ s: clamp(m.start), e: clamp(m.end), kind: "mention", ent: e });
  }
  for (const q of a.quotes) {
    const parts = q.spans && q.spans.length ? q.spans : [[q.start, q.end]];
    for (const [s, e] of parts) anns.push({ s: clamp(s), e: clamp(e), kind: "quote", q });
  }
  for (const t of a.timexes) anns.push({ s: clamp(t.start), e: clamp(t.end), kind: "timex", t });
  for (const ev of a.events) anns.push({ s: clamp(ev.evidence.start), e: clamp(ev.evidence.end), kind: "event", ev });
  // The `date …` header of the file is shown, dimmed: offsets count it.
  const header = a.text.match(/^\s*date \d{4}(?:-\d{2}){0,2}\s/);
  if (header) anns.push({ s: 0, e: Array.from(header[0]).length, kind: "header" });
  const cuts = new Set([0, n]);
  for (const x of anns) if (x.s < x.e) { cuts.add(x.s); cuts.add(x.e); }
  const points = Array.from(cuts).sort((x, y) => x - y);
  const quoteAnchored = new Set();
  clear(container);
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const text = cps.slice(s, e).join("");
    const active = anns.filter((x) => x.s <= s && x.e >= e && x.s < x.e);
    if (!active.length) { container.append(document.createTextNode(text)); continue; }
    const mention = active.find((x) => x.kind === "mention");
    const node = mention
      ? el("a", { href: actorHref(mention.ent.actor_id), class: `mention ${mention.ent.type}`, title: `${mention.ent.name} (${TYPE_DE[mention.ent.type] || mention.ent.type}${mention.ent.country ? ", " + mention.ent.country : ""})` })
      : el("span", {});
    const titles = [];
    for (const x of active) {
      if (x.kind === "quote") {
        node.classList.add("quote", colorOf(x.q));
        node.dataset.quote = String(x.q.id);
        titles.push(`${x.q.speaker || "unbekannt"}: ${KIND_DE[x.q.kind] || x.q.kind}`);
        if (!quoteAnchored.has(x.q.id)) { node.id = `q-${Number(x.q.id)}`; quoteAnchored.add(x.q.id); }
      } else if (x.kind === "timex") {
        node.classList.add("timex");
        titles.push(`${x.t.type} ${x.t.value}`);
      } else if (x.kind === "header") {
        node.classList.add("doc-header");
        titles.push("Kopfzeile der Datei (Datum)");
      } else if (x.kind === "event") {
        node.classList.add("event");
        titles.push(`${x.ev.type}: ${x.ev.source} → ${x.ev.target || "–"}`);
      }
    }
    if (!mention && titles.length) node.title = titles.join(" | ");
    else if (titles.length) node.title += " | " + titles.join(" | ");
    node.textContent = text;
    container.append(node);
  }
}

function flashQuote(id) {
  const nodes = document.querySelectorAll(`[data-quote="${Number(id)}"]`);
  if (!nodes.length) return;
  nodes[0].scrollIntoView({ block: "center" });
  for (const n of nodes) n.classList.add("flash");
  setTimeout(() => { for (const n of nodes) n.classList.remove("flash"); }, 1600);
}

async function initArticle() {
  const m = location.pathname.match(/^\/article\/(\d+)$/);
  if (!m) { status("Ungültige Artikel-Adresse.", true); return; }
  let a;
  try { a = await api(`/api/articles/${m[1]}`); } catch (e) { status("Fehler: " + e.message, true); return; }
  document.title = `${a.ext_id} – lagebild`;
  $("title").textContent = a.ext_id;
  $("meta").textContent = [a.date ? `Datum ${a.date}` : "ohne Datum", count(a.entities.length, "Akteur", "Akteure"), count(a.quotes.length, "Äußerung", "Äußerungen"), count(a.timexes.length, "Zeitausdruck", "Zeitausdrücke"), count(a.events.length, "Ereignis", "Ereignisse")].join(" · ");

  const palette = new Map();
  const colorOf = (q) => {
    const k = speakerKey(q);
    if (k === null) return "qx";
    if (!palette.has(k)) palette.set(k, `q${palette.size % 8}`);
    return palette.get(k);
  };
  for (const q of a.quotes) colorOf(q);
  renderAnnotatedText($("text"), a, colorOf);

  // Who said what.
  const who = clear($("who"));
  const groups = new Map();
  for (const q of a.quotes) {
    const k = speakerKey(q) || "none";
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(q);
  }
  for (const [k, qs] of groups) {
    const first = qs[0];
    const sw = el("span", { class: `swatch ${colorOf(first)}` });
    const name = first.speaker ? actorLink(first.speaker, first.speaker_actor_id) : el("span", { class: "empty" }, "ohne Sprecher");
    const ol = el("ol", {});
    for (const q of qs) {
      const link = el("a", { href: `#q-${Number(q.id)}`, class: "quote-link" }, shorten(q.text, 180));
      link.addEventListener("click", (ev) => { ev.preventDefault(); history.replaceState(null, "", `#q-${Number(q.id)}`); flashQuote(q.id); });
      ol.append(el("li", {}, link, el("span", { class: "count" }, ` (${KIND_DE[q.kind] || q.kind}${q.cue ? ", " + q.cue : ""})`)));
    }
    who.append(el("div", { class: "speaker", "data-speaker": k }, el("div", { class: "speaker-name" }, sw, name), ol));
  }
  if (!a.quotes.length) who.append(el("p", { class: "empty" }, "Keine Äußerungen erkannt."));

  const etb = $("entities").querySelector("tbody");
  for (const e of a.entities) {
    etb.append(el("tr", {},
      el("td", {}, el("a", { href: actorHref(e.actor_id) }, e.name)),
      el("td", {}, badge(e.type)), el("td", {}, e.country || "–"),
      el("td", {}, e.roles.join(", ") || "–"), el("td", {}, String(e.mentions.length))));
  }
  const evb = $("events").querySelector("tbody");
  for (const ev of a.events) {
    evb.append(el("tr", {},
      el("td", {}, evtype(ev.type)),
      el("td", {}, actorLink(ev.source, ev.source_actor_id), ev.source_country ? ` (${ev.source_country})` : ""),
      el("td", {}, ev.target ? actorLink(ev.target, ev.target_actor_id) : "–", ev.target_country ? ` (${ev.target_country})` : ""),
      el("td", {}, ev.date || "–"), el("td", {}, shorten(ev.evidence.text, 160))));
  }
  const ttb = $("timexes").querySelector("tbody");
  for (const t of a.timexes) {
    ttb.append(el("tr", {}, el("td", {}, t.text), el("td", {}, t.type), el("td", {}, t.value)));
  }
  for (const id of ["entities", "events", "timexes"]) {
    const t = $(id);
    if (!t.querySelector("tbody").children.length) t.replaceWith(el("p", { class: "empty", id: `${id}-none` }, "Keine erkannt."));
  }
  status("");
  $("article").hidden = false;
  const h = location.hash.match(/^#q-(\d+)$/);
  if (h) flashQuote(h[1]);
}

// ---------- actor page ----------

function eventItem(ev, other, otherId, otherCountry, arrow) {
  return el("li", {},
    el("div", { class: "hit-meta" }, (ev.date && /^\d{4}/.test(ev.date) ? ev.date : ev.article.date) || "ohne Datum", " · ",
      el("a", { href: articleHref(ev.article.id) }, ev.article.ext_id)),
    el("div", {}, evtype(ev.type), ` ${arrow} `, other ? actorLink(other, otherId) : "–", otherCountry ? ` (${otherCountry})` : ""),
    el("div", { class: "snippet" }, "„", shorten(ev.evidence.text, 200), "“"));
}

async function initActor() {
  const m = location.pathname.match(/^\/actor\/(\d+)$/);
  if (!m) { status("Ungültige Akteurs-Adresse.", true); return; }
  let a;
  try { a = await api(`/api/actors/${m[1]}`); } catch (e) { status("Fehler: " + e.message, true); return; }
  document.title = `${a.name} – lagebild`;
  $("name").textContent = a.name;
  $("meta").append(badge(a.type), ` ${TYPE_DE[a.type] || a.type} · in ${count(a.articles.length, "Artikel", "Artikeln")} · ${count(a.statements.length, "Äußerung", "Äußerungen")} · ${count(a.events_as_source.length + a.events_as_target.length, "Ereignis", "Ereignisse")}`);
  const cl = $("countries");
  for (const c of a.countries) cl.append(el("li", {}, el("a", { href: searchHref({ country: c.value }) }, c.value), el("span", { class: "count" }, ` ${c.n}×`)));
  if (!a.countries.length) cl.append(empty("unbekannt"));
  const rl = $("roles");
  for (const r of a.roles) rl.append(el("li", {}, r.value, el("span", { class: "count" }, ` ${r.n}×`)));
  if (!a.roles.length) rl.append(empty("keine"));
  $("timeline-link").href = `/timeline?actor=${Number(a.id)}`;
  $("search-link").href = searchHref({ actor: a.name });

  const sl = $("statements");
  $("statement-count").textContent = `(${a.statements.length})`;
  for (const s of a.statements) {
    sl.append(el("li", { class: "statement" },
      el("div", { class: "hit-meta" }, s.article.date || "ohne Datum", ` · ${KIND_DE[s.kind] || s.kind}${s.cue ? " (" + s.cue + ")" : ""} · `,
        el("a", { href: articleHref(s.article.id, s.id) }, s.article.ext_id)),
      el("blockquote", {}, s.text)));
  }
  if (!a.statements.length) sl.append(empty("Keine Äußerungen."));
  const es = $("events-source");
  for (const ev of a.events_as_source) es.append(eventItem(ev, ev.target, ev.target_actor_id, ev.target_country, "→"));
  if (!a.events_as_source.length) es.append(empty("Keine."));
  const et = $("events-target");
  for (const ev of a.events_as_target) et.append(eventItem(ev, ev.source, ev.source_actor_id, ev.source_country, "←"));
  if (!a.events_as_target.length) et.append(empty("Keine."));
  const al = $("articles");
  $("article-count").textContent = `(${a.articles.length})`;
  for (const [art, n] of a.articles) {
    al.append(el("li", {}, el("a", { href: articleHref(art.id) }, art.ext_id), el("span", { class: "hit-meta" }, ` · ${art.date || "ohne Datum"} · ${count(n, "Nennung", "Nennungen")}`)));
  }
  status("");
  $("actor").hidden = false;
}

// ---------- timeline page ----------

function periodsBetween(first, last, gran) {
  const out = [];
  if (gran === "year") {
    for (let y = Number(first); y <= Number(last) && out.length < 1000; y++) out.push(String(y).padStart(4, "0"));
  } else if (gran === "month") {
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while ((y < ly || (y === ly && m <= lm)) && out.length < 1000) {
      out.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
      m++; if (m > 12) { m = 1; y++; }
    }
  }
  return out;
}

function periodBounds(p) {
  return { from: p, to: p };
}

function drawChart(container, tl) {
  const NS = "http://www.w3.org/2000/svg";
  const svgEl = (tag, attrs, ...kids) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    for (const c of kids) e.append(typeof c === "string" ? document.createTextNode(c) : c);
    return e;
  };
  clear(container);
  if (!tl.buckets.length) { container.append(el("p", { class: "empty" }, "Keine datierten Ereignisse.")); return; }
  const byPeriod = new Map(tl.buckets.map((b) => [b.period, b]));
  let periods = tl.buckets.map((b) => b.period);
  const filled = periodsBetween(periods[0], periods[periods.length - 1], tl.granularity);
  if (filled.length && filled.length <= 600) periods = filled;
  const max = Math.max(...tl.buckets.map((b) => b.total));
  const left = 40, right = 10, top = 10, bottom = 50, plotH = 260;
  const step = Math.max(6, Math.min(80, Math.floor(1000 / periods.length)));
  const barW = Math.max(3, step - 2);
  const width = left + right + periods.length * step;
  const height = top + plotH + bottom;
  const svg = svgEl("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Ereignisse nach Typ und Zeit" });
  const y = (v) => top + plotH - (v / max) * plotH;
  const ticks = Math.min(max, 5);
  for (let i = 0; i <= ticks; i++) {
    const v = Math.round((max * i) / ticks);
    svg.append(svgEl("line", { class: "grid-line", x1: left, x2: width - right, y1: y(v), y2: y(v) }));
    svg.append(svgEl("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
  }
  svg.append(svgEl("line", { class: "axis", x1: left, x2: width - right, y1: y(0), y2: y(0) }));
  const labelEvery = Math.max(1, Math.ceil(60 / step));
  periods.forEach((p, i) => {
    const x = left + i * step + 1;
    const b = byPeriod.get(p);
    if (b) {
      let acc = 0;
      for (const t of EVENT_TYPES) {
        const n = b.counts[t];
        if (!n) continue;
        const { from, to } = periodBounds(p);
        const a = svgEl("a", { href: searchHref({ event: t, from, to }), class: "bar" });
        const r = svgEl("rect", { x, y: y(acc + n), width: barW, height: Math.max(1, y(acc) - y(acc + n)), fill: EVENT_COLORS[t] || "#666", "data-type": t, "data-period": p });
        r.append(svgEl("title", {}, `${p} ${t}: ${n}`));
        a.append(r);
        svg.append(a);
        acc += n;
      }
    }
    if (i % labelEvery === 0) {
      const tx = x + barW / 2, ty = top + plotH + 14;
      svg.append(svgEl("text", { x: tx, y: ty, "text-anchor": "end", transform: `rotate(-40 ${tx} ${ty})` }, p));
    }
  });
  container.append(svg);
}

async function initTimeline() {
  const form = $("timeline-form");
  const u = new URLSearchParams(location.search);
  const params = {};
  for (const f of ["actor", "country", "event", "from", "to", "granularity"]) if (u.get(f)) params[f] = u.get(f);
  fillForm(form, params);
  if (!params.granularity) form.elements.granularity.value = "month";
  if (params.actor && /^\d+$/.test(params.actor)) {
    try {
      const a = await api(`/api/actors/${params.actor}`);
      const note = clear($("actor-note"));
      note.append("Nur Ereignisse mit ", el("a", { href: actorHref(a.id) }, a.name), " als Quelle oder Ziel · ", el("a", { href: "/timeline" }, "alle anzeigen"));
      note.hidden = false;
    } catch (_) { /* shown without name */ }
  }
  status("Lade …");
  let tl;
  try { tl = await api("/api/timeline?" + new URLSearchParams(params).toString()); } catch (e) { status("Fehler: " + e.message, true); return; }
  status(`${tl.total} datierte Ereignisse` + (tl.undated ? `, ${tl.undated} ohne Datum` : ""));
  drawChart($("chart"), tl);
  const lg = clear($("legend"));
  for (const t of tl.types) {
    const sw = el("span", { class: "swatch" });
    sw.style.background = EVENT_COLORS[t] || "#666";
    lg.append(el("li", {}, sw, el("a", { href: `/timeline?${new URLSearchParams({ ...params, event: t }).toString()}` }, t)));
  }
  const thead = clear($("tl-table").querySelector("thead"));
  const tbody = clear($("tl-table").querySelector("tbody"));
  if (tl.buckets.length) {
    thead.append(el("tr", {}, el("th", {}, "Zeitraum"), ...tl.types.map((t) => el("th", {}, t)), el("th", {}, "Summe")));
    for (const b of tl.buckets) {
      tbody.append(el("tr", {}, el("td", {}, b.period), ...tl.types.map((t) => el("td", {}, b.counts[t] ? String(b.counts[t]) : "")), el("td", {}, String(b.total))));
    }
  }
}

// ---------- boot ----------

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  for (const a of document.querySelectorAll("header nav a")) if (a.dataset.nav === page) a.classList.add("active");
  loadStats();
  const init = { search: initSearch, article: initArticle, actor: initActor, timeline: initTimeline }[page];
  if (init) {
    Promise.resolve(init()).catch((e) => status("Fehler: " + e.message, true));
  }
});
