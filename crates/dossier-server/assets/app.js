// dossier web UI: a hash-routed page over the JSON API. Every piece of text from the API is
// written with textContent / createTextNode, never parsed as markup. Spans from the API are
// UTF-8 byte offsets into a document body; they are mapped to text with TextEncoder/Decoder.
"use strict";

const TOKEN_KEY = "dossier-token";
const view = () => document.getElementById("view");
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// ---------- DOM helpers ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = String(v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "text") node.textContent = String(v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) if (c) node.appendChild(c);
  return node;
}

function link(href, text, cls) {
  return el("a", { href, class: cls }, text);
}

const enc = encodeURIComponent;
const docHref = (id) => "#/doc/" + enc(id);
const storyHref = (id) => "#/story/" + enc(id);
const eventHref = (id) => "#/event/" + enc(id);
const actorHref = (name) => "#/actor/" + enc(name);

function show(...children) {
  const v = view();
  v.replaceChildren();
  append(v, children);
  window.scrollTo(0, 0);
}

function message(text, cls) {
  return el("p", { class: cls || "muted" }, text);
}

// ---------- API ----------

let tokenWaiters = [];

function askToken() {
  return new Promise((resolve) => {
    tokenWaiters.push(resolve);
    const dialog = document.getElementById("token-dialog");
    dialog.hidden = false;
    document.getElementById("token-input").focus();
  });
}

function setupTokenForm() {
  document.getElementById("token-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const value = document.getElementById("token-input").value.trim();
    if (!value) return;
    sessionStorage.setItem(TOKEN_KEY, value);
    document.getElementById("token-dialog").hidden = true;
    const waiters = tokenWaiters;
    tokenWaiters = [];
    waiters.forEach((w) => w());
  });
}

async function apiFetch(path, options) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const headers = Object.assign({}, (options && options.headers) || {});
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers["Authorization"] = "Bearer " + token;
    const res = await fetch(path, Object.assign({}, options || {}, { headers }));
    if (res.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      await askToken();
      continue;
    }
    return res;
  }
  throw new Error("the token was refused");
}

async function api(path, options) {
  const res = await apiFetch(path, options);
  let body = null;
  try {
    body = await res.json();
  } catch (_) {
    body = null;
  }
  if (!res.ok) {
    const why = body && body.error ? body.error : res.status + " " + res.statusText;
    const err = new Error(why);
    err.status = res.status;
    err.body = body;
    throw err;
  }
  return body;
}

// ---------- shared pieces ----------

function eventTitle(e) {
  const type = e.type || e.kind || "event";
  return e.mode ? type + "/" + e.mode : type;
}

function placeText(p) {
  if (!p) return null;
  return p.city && p.city !== p.name ? p.name + ", " + p.city : p.name;
}

function corroborationBadge(e) {
  const n = e.corroboration || 0;
  if (e.single_source || n <= 1) return el("span", { class: "badge single" }, "single source");
  return el("span", { class: "badge corroborated" }, n + " independent outlets");
}

function discrepancyBlock(d, docs) {
  const outletOf = (c) => c.outlet || (docs && docs[c.doc_id]) || c.doc_id;
  return el(
    "div",
    { class: "discrepancy" },
    el("div", { class: "discrepancy-title" }, "Sources disagree on " + d.field, el("span", { class: "kind" }, d.kind)),
    el(
      "ul",
      {},
      (d.values || []).map((v) =>
        el(
          "li",
          {},
          el("strong", {}, v.value),
          " — ",
          (v.claims || []).map((c, i) =>
            el(
              "span",
              { class: "claim" },
              i > 0 ? "; " : "",
              link(docHref(c.doc_id), outletOf(c)),
              c.evidence ? el("q", {}, c.evidence.text) : null
            )
          )
        )
      )
    )
  );
}

// Splits a body into paragraphs and segments at every mark boundary. `marks` are
// {start, end, cls, events?, title?} in UTF-8 bytes; overlapping marks give a segment every
// class that covers it.
function renderBody(body, paragraphs, marks) {
  const bytes = encoder.encode(body);
  const frag = document.createDocumentFragment();
  const paras = paragraphs && paragraphs.length ? paragraphs : [{ start: 0, end: bytes.length }];
  for (const p of paras) {
    const cuts = new Set([p.start, p.end]);
    for (const m of marks) {
      if (m.end <= p.start || m.start >= p.end) continue;
      cuts.add(Math.max(m.start, p.start));
      cuts.add(Math.min(m.end, p.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const para = el("p", { class: "para", lang: p.language || null, dir: "auto" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (b <= a) continue;
      const text = decoder.decode(bytes.subarray(a, b));
      const covering = marks.filter((m) => m.start <= a && m.end >= b);
      if (!covering.length) {
        para.appendChild(document.createTextNode(text));
        continue;
      }
      const evidence = covering.filter((m) => m.cls === "evidence");
      const classes = [...new Set(covering.map((m) => m.cls))].join(" ");
      const node = el(evidence.length ? "mark" : "span", { class: classes }, text);
      if (evidence.length) {
        node.dataset.event = [...new Set(evidence.map((m) => m.event))].join(" ");
        node.title = [...new Set(evidence.map((m) => m.title))].join("\n");
      }
      const opinion = covering.find((m) => m.cls === "opinion");
      if (opinion && !evidence.length) node.title = "the writer's opinion";
      para.appendChild(node);
    }
    frag.appendChild(para);
  }
  return frag;
}

// ---------- views ----------

async function homeView() {
  const data = await api("/api/stories?limit=200");
  const items = data.items || [];
  if (!items.length) {
    show(el("h1", {}, "Stories"), message("No stories yet: ingest articles (dossier ingest FILES, or the Ingest page)."));
    return;
  }
  show(
    el("h1", {}, "Stories"),
    el(
      "ol",
      { class: "story-list" },
      items.map((s) =>
        el(
          "li",
          { class: "story-item" },
          link(storyHref(s.id), s.headline || s.id, "story-link"),
          el(
            "div",
            { class: "meta" },
            s.documents.length + " documents · " + s.outlets + " independent outlets · " +
              (s.first_published ? (s.first_published === s.last_published ? s.first_published : s.first_published + " – " + s.last_published) : "undated") +
              " · " + s.events.length + " events",
            s.discrepancies ? el("span", { class: "badge warn" }, s.discrepancies + " discrepancies") : null
          ),
          el("div", { class: "outlets" }, s.documents.map((d) => el("span", { class: "outlet-chip" }, d.outlet || "(no outlet)")))
        )
      )
    )
  );
}

async function searchView(q) {
  document.getElementById("search-input").value = q;
  if (!q.trim()) {
    show(message("Type words to search."));
    return;
  }
  const data = await api("/api/search?limit=50&q=" + enc(q));
  const items = data.items || [];
  show(
    el("h1", {}, "Search: ", el("span", { class: "query" }, q)),
    items.length ? null : message("No matches."),
    el(
      "ol",
      { class: "results" },
      items.map((h) =>
        el(
          "li",
          { class: "search-result" },
          link(docHref(h.doc_id), h.headline || h.doc_id, "result-title"),
          el("span", { class: "meta" }, " " + (h.outlet || "")),
          el(
            "div",
            { class: "snippet" },
            (h.snippet || []).map((part) => (part.match ? el("mark", { class: "hit" }, part.text) : part.text))
          ),
          h.story_id ? link(storyHref(h.story_id), "open the story", "story-link") : null
        )
      )
    )
  );
}

function setActiveEvent(eventId, on) {
  for (const m of document.querySelectorAll("mark.evidence")) {
    const ids = (m.dataset.event || "").split(" ");
    m.classList.toggle("active", on && ids.includes(eventId));
  }
  for (const row of document.querySelectorAll(".event-row")) {
    row.classList.toggle("active", on && row.dataset.event === eventId);
  }
}

async function storyView(id) {
  const s = await api("/api/stories/" + enc(id));
  const outletOf = {};
  for (const d of s.documents) outletOf[d.id] = d.outlet || d.headline || d.id;
  const columns = s.documents.map((d) => {
    const marks = [];
    for (const sent of d.sentences || []) {
      if (sent.opinion) marks.push({ start: sent.start, end: sent.end, cls: "opinion" });
    }
    for (const e of d.evidence || []) {
      marks.push({ start: e.start, end: e.end, cls: "evidence", event: e.event_id, title: e.label });
    }
    const opinions = (d.sentences || []).filter((x) => x.opinion).length;
    return el(
      "article",
      { class: "story-column", "data-doc": d.id },
      el(
        "header",
        {},
        el("div", { class: "outlet" }, d.outlet || "(no outlet named)"),
        link(docHref(d.id), d.headline || d.id, "column-headline"),
        el(
          "div",
          { class: "meta" },
          (d.published || "undated") + " · " + d.language,
          d.near_duplicate_of ? el("span", { class: "badge" }, "reprint of " + (outletOf[d.near_duplicate_of] || d.near_duplicate_of)) : null,
          (d.evidence || []).length ? el("span", { class: "badge evidence-count" }, (d.evidence || []).length + " evidence spans") : null,
          opinions ? el("span", { class: "badge opinion-count" }, opinions + " opinion sentences") : null,
          (d.not_analysed || []).length ? el("span", { class: "badge not-analysed" }, "not analysed: " + d.not_analysed.join(", ")) : null
        )
      ),
      el("div", { class: "body" }, renderBody(d.body, d.paragraphs, marks))
    );
  });
  const events = el(
    "table",
    { class: "events" },
    el("thead", {}, el("tr", {}, ["Event", "Date", "Place", "Participants", "Corroboration", ""].map((h) => el("th", {}, h)))),
    el(
      "tbody",
      {},
      s.events.map((e) =>
        el(
          "tr",
          {
            class: "event-row",
            "data-event": e.id,
            onmouseenter: () => setActiveEvent(e.id, true),
            onmouseleave: () => setActiveEvent(e.id, false),
          },
          el("td", {}, link(eventHref(e.id), eventTitle(e), "event-link")),
          el("td", {}, e.date ? e.date.value : "undated"),
          el("td", {}, placeText(e.place) || "—"),
          el("td", {}, (e.actors || []).map((a, i) => [i ? ", " : "", link(actorHref(a.name), a.name)])),
          el("td", {}, corroborationBadge(e)),
          el("td", {}, e.discrepancies && e.discrepancies.length ? el("span", { class: "badge warn" }, e.discrepancies.length + " discrepancy") : "")
        )
      )
    )
  );
  const grid = el("div", { id: "story-columns" }, columns);
  grid.style.gridTemplateColumns = "repeat(" + Math.max(columns.length, 1) + ", minmax(320px, 1fr))";
  grid.addEventListener("mouseover", (ev) => {
    const m = ev.target.closest("mark.evidence");
    if (m) setActiveEvent((m.dataset.event || "").split(" ")[0], true);
  });
  grid.addEventListener("mouseout", (ev) => {
    const m = ev.target.closest("mark.evidence");
    if (m) setActiveEvent("", false);
  });
  grid.addEventListener("click", (ev) => {
    const m = ev.target.closest("mark.evidence");
    if (m) location.hash = eventHref((m.dataset.event || "").split(" ")[0]);
  });
  show(
    el("h1", {}, s.headline || s.id),
    el(
      "div",
      { class: "meta" },
      s.documents.length + " documents · " + s.outlets + " independent outlets · " +
        (s.first_published || "undated") + (s.last_published && s.last_published !== s.first_published ? " – " + s.last_published : "")
    ),
    el(
      "div",
      { class: "legend" },
      el("mark", { class: "evidence" }, "evidence for an event"),
      el("span", { class: "opinion" }, "the writer's opinion"),
      "Hover a highlighted sentence to see the same event in every outlet; click it to open the event."
    ),
    s.discrepancies.length
      ? el("section", { class: "discrepancies" }, el("h2", {}, "Discrepancies between outlets"), s.discrepancies.map((d) => discrepancyBlock(d, outletOf)))
      : null,
    (s.visits || []).length
      ? el("section", {}, el("h2", {}, "Visits"), el("ul", {}, s.visits.map((v) => el("li", {}, v.visitor_name + " in " + v.country + ", " + v.month + " (" + v.parts.length + " events)"))))
      : null,
    el("section", {}, el("h2", {}, "Events"), events),
    el("section", {}, el("h2", {}, "Each outlet's account"), grid)
  );
}

async function eventView(id) {
  const e = await api("/api/events/" + enc(id));
  const outletOf = {};
  for (const d of e.documents || []) outletOf[d.id] = d.outlet || d.headline || d.id;
  const claimRows = [];
  for (const [field, claims] of Object.entries(e.claims || {})) {
    for (const c of claims) claimRows.push({ field, c });
  }
  claimRows.sort((a, b) => (a.c.doc_id < b.c.doc_id ? -1 : a.c.doc_id > b.c.doc_id ? 1 : 0));
  show(
    el("h1", {}, eventTitle(e), " ", el("span", { class: "status" }, e.status || "")),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "When"),
      el("dd", {}, e.date ? e.date.value + " (" + e.date.resolution + ": “" + e.date.evidence.text + "”)" : "undated"),
      el("dt", {}, "Where"),
      el("dd", {}, e.place ? placeText(e.place) + (e.place.country ? " (" + e.place.country + ")" : "") : "not stated"),
      el("dt", {}, "Who"),
      el(
        "dd",
        {},
        el(
          "ul",
          { class: "participants" },
          (e.actors || []).map((a) =>
            el("li", {}, el("span", { class: "role" }, a.role), " ", link(actorHref(a.name), a.name), [a.country, a.sector, a.actor_code].filter(Boolean).length ? " (" + [a.country, a.sector, a.actor_code].filter(Boolean).join(", ") + ")" : "")
          )
        )
      ),
      el("dt", {}, "About"),
      el("dd", {}, (e.topics || []).join(", ") || "—"),
      el("dt", {}, "Corroboration"),
      el("dd", { class: "corroboration" }, corroborationBadge(e)),
      e.story_id ? el("dt", {}, "Story") : null,
      e.story_id ? el("dd", {}, link(storyHref(e.story_id), "open the story side by side")) : null
    ),
    (e.discrepancies || []).length ? el("section", { class: "discrepancies" }, el("h2", {}, "Discrepancies"), e.discrepancies.map((d) => discrepancyBlock(d, outletOf))) : null,
    el("h2", {}, "What each source says"),
    el(
      "table",
      { class: "claims" },
      el("thead", {}, el("tr", {}, ["Source", "Field", "Value", "Evidence"].map((h) => el("th", {}, h)))),
      el(
        "tbody",
        {},
        claimRows.map(({ field, c }) =>
          el("tr", {}, el("td", {}, link(docHref(c.doc_id), c.outlet || outletOf[c.doc_id] || c.doc_id)), el("td", {}, field), el("td", {}, c.value), el("td", {}, el("q", {}, c.evidence.text)))
        )
      )
    ),
    el("h2", {}, "Supporting sentences"),
    el(
      "ul",
      { class: "sources" },
      (e.sources || []).map((src) =>
        el(
          "li",
          {},
          link(docHref(src.doc_id), src.outlet || outletOf[src.doc_id] || src.doc_id),
          (src.claimed_by || []).length ? " according to " + src.claimed_by.map((c) => c.name + " (" + c.kind + ")").join(", ") : "",
          el("ul", {}, (src.evidence || []).map((ev) => el("li", {}, el("mark", { class: "evidence" }, ev.text))))
        )
      )
    )
  );
}

function timeline(events) {
  return el(
    "ol",
    { class: "timeline" },
    events.map((e) =>
      el(
        "li",
        { class: "timeline-item" },
        el("span", { class: "timeline-date" }, e.date ? e.date.value : "undated"),
        el(
          "span",
          { class: "timeline-body" },
          link(eventHref(e.id), eventTitle(e)),
          " " + (placeText(e.place) || ""),
          " — with " + (e.actors || []).map((a) => a.name).join(", "),
          " ",
          corroborationBadge(e)
        )
      )
    )
  );
}

async function actorView(name) {
  const data = await api("/api/actors?name=" + enc(name));
  const outletOf = {};
  for (const d of data.documents || []) outletOf[d.id] = d.outlet || d.headline || d.id;
  const items = data.items || [];
  show(
    el("h1", {}, "Actor: ", name),
    items.length ? null : message("No one by that name."),
    items.map((a) =>
      el(
        "section",
        { class: "actor" },
        el("h2", {}, a.name, " ", el("span", { class: "meta" }, [a.type, a.country, a.sector].filter(Boolean).join(" · "))),
        el("p", { class: "names" }, "Also called: ", (a.names || []).join("; ")),
        el("h3", {}, "Ranks and roles over time"),
        (a.roles_over_time || []).length
          ? el(
              "table",
              { class: "roles" },
              el("thead", {}, el("tr", {}, ["Published", "Kind", "Value", "Source", "Evidence"].map((h) => el("th", {}, h)))),
              el(
                "tbody",
                {},
                a.roles_over_time.map((r) =>
                  el("tr", {}, el("td", {}, r.published || "undated"), el("td", {}, r.kind), el("td", {}, r.value), el("td", {}, link(docHref(r.doc_id), r.outlet || outletOf[r.doc_id] || r.doc_id)), el("td", {}, el("q", {}, r.evidence.text)))
                )
              )
            )
          : message("No rank or role stated."),
        (a.discrepancies || []).length ? el("div", { class: "discrepancies" }, a.discrepancies.map((d) => discrepancyBlock(d, outletOf))) : null,
        el("h3", {}, "Timeline"),
        (a.timeline || []).length ? timeline(a.timeline) : message("No events.")
      )
    )
  );
}

async function docView(id) {
  const data = await api("/api/documents/" + enc(id));
  const d = data.document;
  const marks = (d.sentences || []).filter((s) => s.opinion).map((s) => ({ start: s.span.start, end: s.span.end, cls: "opinion" }));
  const paragraphs = (d.paragraphs || []).map((p) => ({ start: p.span.start, end: p.span.end, language: p.lang }));
  const byType = {};
  for (const e of data.entities || []) (byType[e.type] = byType[e.type] || []).push(e);
  show(
    el("h1", { class: "doc-headline" }, d.headline || "(no headline)"),
    el(
      "div",
      { class: "meta" },
      [d.outlet && d.outlet.name, d.published && d.published.value, d.language, d.source && d.source.path].filter(Boolean).join(" · "),
      data.story_id ? [" · ", link(storyHref(data.story_id), "its story")] : null
    ),
    el("div", { class: "legend" }, el("span", { class: "opinion" }, "the writer's opinion")),
    (data.not_analysed || []).length
      ? message("Not analysed yet: " + data.not_analysed.join(", ") + " (ingest its source again to analyse it).", "muted not-analysed")
      : null,
    el("article", { class: "doc-body" }, renderBody(d.body, paragraphs, marks)),
    el(
      "section",
      {},
      el("h2", {}, "Entities"),
      Object.entries(byType).map(([t, list]) =>
        el("p", {}, el("strong", {}, t + ": "), list.map((e, i) => [i ? ", " : "", t === "PERSON" || t === "ORG" ? link(actorHref(e.names[0]), e.names[0]) : e.names[0]]))
      )
    ),
    el(
      "section",
      {},
      el("h2", {}, "Events"),
      el("ul", {}, (data.events || []).map((e) => el("li", {}, link(eventHref(e.id), eventTitle(e)), " " + (e.actors || []).map((a) => a.name).join(", "))))
    )
  );
}

async function mapView() {
  const geo = await api("/api/map");
  const features = (geo.features || []).filter((f) => f.geometry && f.geometry.type === "Point");
  if (!features.length) {
    show(el("h1", {}, "Map"), message("No event has a place with coordinates yet."));
    return;
  }
  const groups = new Map();
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const key = lon.toFixed(3) + "," + lat.toFixed(3);
    if (!groups.has(key)) groups.set(key, { lon, lat, features: [] });
    groups.get(key).features.push(f);
  }
  const pts = [...groups.values()];
  let minLon = Math.min(...pts.map((p) => p.lon));
  let maxLon = Math.max(...pts.map((p) => p.lon));
  let minLat = Math.min(...pts.map((p) => p.lat));
  let maxLat = Math.max(...pts.map((p) => p.lat));
  const padLon = Math.max((maxLon - minLon) * 0.15, 1);
  const padLat = Math.max((maxLat - minLat) * 0.15, 1);
  minLon -= padLon; maxLon += padLon; minLat -= padLat; maxLat += padLat;
  const W = 1000;
  const H = Math.max(300, Math.min(700, (W * (maxLat - minLat)) / (maxLon - minLon)));
  const x = (lon) => ((lon - minLon) / (maxLon - minLon)) * W;
  const y = (lat) => H - ((lat - minLat) / (maxLat - minLat)) * H;
  const span = Math.max(maxLon - minLon, maxLat - minLat);
  const step = [0.5, 1, 2, 5, 10, 15, 30].find((s) => span / s <= 10) || 30;
  const grid = [];
  for (let g = Math.ceil(minLon / step) * step; g <= maxLon; g += step) {
    grid.push(svg("line", { x1: x(g), y1: 0, x2: x(g), y2: H, class: "graticule" }));
    grid.push(svg("text", { x: x(g) + 3, y: H - 4, class: "graticule-label", text: g.toFixed(step < 1 ? 1 : 0) + "°" }));
  }
  for (let g = Math.ceil(minLat / step) * step; g <= maxLat; g += step) {
    grid.push(svg("line", { x1: 0, y1: y(g), x2: W, y2: y(g), class: "graticule" }));
    grid.push(svg("text", { x: 3, y: y(g) - 3, class: "graticule-label", text: g.toFixed(step < 1 ? 1 : 0) + "°" }));
  }
  const points = pts.map((p) => {
    const best = Math.max(...p.features.map((f) => f.properties.corroboration || 1));
    const first = p.features[0].properties;
    const label = first.city || first.place;
    const circle = svg("circle", {
      cx: x(p.lon), cy: y(p.lat), r: 6 + 3 * Math.min(best, 5) + Math.min(p.features.length, 6),
      class: "event-point", "data-event": first.event_id,
      onclick: () => { location.hash = eventHref(first.event_id); },
    });
    circle.appendChild(svg("title", { text: p.features.map((f) => eventTitle({ type: f.properties.type, mode: f.properties.mode }) + " at " + f.properties.place + ": " + f.properties.participants.join(", ")).join("\n") }));
    return svg("g", {}, circle, svg("text", { x: x(p.lon) + 12, y: y(p.lat) + 4, class: "point-label", text: label + " (" + p.features.length + ")" }));
  });
  const map = svg("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "aria-label": "map of events" }, svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }), grid, points);
  show(
    el("h1", {}, "Map of events"),
    message("Equirectangular projection; each circle is a place, sized by corroboration and number of events. Only places with gazetteer coordinates are shown."),
    el("div", { id: "map" }, map),
    el(
      "ul",
      { class: "map-list" },
      pts.map((p) =>
        el(
          "li",
          {},
          el("strong", {}, (p.features[0].properties.city || p.features[0].properties.place) + " "),
          p.features.map((f, i) => [i ? "; " : "", link(eventHref(f.properties.event_id), eventTitle({ type: f.properties.type, mode: f.properties.mode }) + " " + (f.properties.date || "undated") + " at " + f.properties.place)])
        )
      )
    )
  );
}

// A small deterministic force layout (Fruchterman-Reingold in the unit square with a pull to
// the centre), started on a circle so that the same graph always looks the same; the result is
// scaled to fill the drawing.
function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: 0.5 + 0.4 * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: 0.5 + 0.4 * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const k = 0.8 * Math.sqrt(1 / Math.max(n, 1));
  const iterations = 500;
  for (let iter = 0; iter < iterations; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x;
        const dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 1e-4);
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const a = index.get(e.source);
      const b = index.get(e.target);
      if (a === undefined || b === undefined) continue;
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 1e-4);
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    const t = 0.08 * (1 - iter / iterations) + 0.002;
    for (let i = 0; i < n; i++) {
      const gx = 0.5 - pos[i].x;
      const gy = 0.5 - pos[i].y;
      disp[i].x += gx * 4 * k; disp[i].y += gy * 4 * k;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 1e-6);
      pos[i].x += (disp[i].x / d) * Math.min(d, t);
      pos[i].y += (disp[i].y / d) * Math.min(d, t);
    }
  }
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const left = 40, right = 220, top = 40, bottom = 40;
  return pos.map((p) => ({
    x: left + ((p.x - x0) / Math.max(x1 - x0, 1e-6)) * (W - left - right),
    y: top + ((p.y - y0) / Math.max(y1 - y0, 1e-6)) * (H - top - bottom),
  }));
}

async function graphView() {
  const g = await api("/api/graph");
  const nodes = g.nodes || [];
  if (!nodes.length) {
    show(el("h1", {}, "Who met whom"), message("No events with two named participants yet."));
    return;
  }
  const W = 1100;
  const H = 700;
  const pos = layout(nodes, g.edges || [], W, H);
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const lines = (g.edges || []).map((e) => {
    const a = pos[index.get(e.source)];
    const b = pos[index.get(e.target)];
    const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "stroke-width": 1 + 2 * Math.min(e.weight, 5) });
    line.appendChild(svg("title", { text: e.weight + " shared events: " + e.events.join(", ") }));
    return line;
  });
  const circles = nodes.map((d, i) => {
    const group = svg("g", { class: "node " + (d.type || "").toLowerCase(), onclick: () => { location.hash = actorHref(d.name); } });
    group.appendChild(svg("circle", { cx: pos[i].x, cy: pos[i].y, r: 7 + 2 * Math.min(d.events, 8) }));
    group.appendChild(svg("text", { x: pos[i].x + 12, y: pos[i].y + 4, text: d.name }));
    group.appendChild(svg("title", { text: [d.name, d.type, d.country, d.sector, d.events + " events"].filter(Boolean).join(" · ") }));
    return group;
  });
  show(
    el("h1", {}, "Who met whom"),
    message("People and organisations joined when they take part in the same event; thicker lines, more shared events. Click a name to open the actor."),
    el("div", { id: "graph" }, svg("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "aria-label": "graph of who met whom" }, lines, circles))
  );
}

async function ingestView() {
  const health = await api("/api/health");
  if (health.read_only) {
    show(el("h1", {}, "Ingest"), message("This server is read-only."));
    return;
  }
  const file = el("input", { type: "file", id: "ingest-file" });
  const name = el("input", { type: "text", id: "ingest-name", placeholder: "file name, e.g. article.txt (decides the format)" });
  const text = el("textarea", { id: "ingest-text", rows: 12, placeholder: "…or paste an article here" });
  const out = el("div", { id: "ingest-result" });
  const form = el(
    "form",
    { class: "ingest" },
    el("label", {}, "File ", file),
    el("label", {}, "Name ", name),
    text,
    el("button", { type: "submit" }, "Ingest")
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    let body;
    let fileName = name.value.trim();
    if (file.files && file.files[0]) {
      body = await file.files[0].arrayBuffer();
      fileName = fileName || file.files[0].name;
    } else {
      body = text.value;
      fileName = fileName || "pasted.txt";
    }
    out.replaceChildren(message("Ingesting…"));
    try {
      const res = await apiFetch("/api/ingest?name=" + enc(fileName), { method: "POST", body });
      const s = await res.json();
      if (!res.ok && s.error) throw new Error(s.error);
      out.replaceChildren(
        el("p", {}, s.documents + " documents (" + s.added + " new, " + s.unchanged + " already stored), " + s.errors + " rejected; the store holds " + s.store_documents + "."),
        (s.rejected || []).length ? el("ul", { class: "rejected" }, s.rejected.map((r) => el("li", {}, r.path + (r.record !== null ? " record " + r.record : "") + ": " + r.reason))) : null,
        (s.warnings || []).length ? el("ul", { class: "warnings" }, s.warnings.map((w) => el("li", {}, w))) : null
      );
    } catch (e) {
      out.replaceChildren(message("Ingest failed: " + e.message, "error"));
    }
  });
  show(el("h1", {}, "Ingest"), message("Text, HTML, JSONL, RSS/Atom or WARC; every stage runs and stories update."), form, out);
}

async function exportAs(format) {
  const res = await apiFetch("/api/export?format=" + enc(format));
  if (!res.ok) {
    let why = res.status + "";
    try { why = (await res.json()).error; } catch (_) { /* not JSON */ }
    alert("Export failed: " + why);
    return;
  }
  const blob = await res.blob();
  const disposition = res.headers.get("Content-Disposition") || "";
  const m = /filename="([^"]+)"/.exec(disposition);
  const a = el("a", { href: URL.createObjectURL(blob), download: m ? m[1] : "dossier-export." + format });
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

// ---------- routing ----------

async function route() {
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(1).split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  show(message("Loading…"));
  try {
    if (!parts.length) await homeView();
    else if (parts[0] === "search") await searchView(params.get("q") || "");
    else if (parts[0] === "story" && parts[1]) await storyView(parts[1]);
    else if (parts[0] === "event" && parts[1]) await eventView(parts[1]);
    else if (parts[0] === "actor" && parts[1]) await actorView(parts[1]);
    else if (parts[0] === "doc" && parts[1]) await docView(parts[1]);
    else if (parts[0] === "map") await mapView();
    else if (parts[0] === "graph") await graphView();
    else if (parts[0] === "ingest") await ingestView();
    else show(message("No such page."));
  } catch (e) {
    show(el("h1", {}, "Something went wrong"), message(e.message, "error"));
  }
}

function init() {
  setupTokenForm();
  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = "#/search?q=" + enc(document.getElementById("search-input").value);
  });
  document.getElementById("export-format").addEventListener("change", (ev) => {
    const format = ev.target.value;
    ev.target.value = "";
    if (format) exportAs(format);
  });
  window.addEventListener("hashchange", route);
  api("/api/health")
    .then((h) => { if (h.read_only) document.getElementById("nav-ingest").hidden = true; })
    .catch(() => {});
  route();
}

document.addEventListener("DOMContentLoaded", init);
