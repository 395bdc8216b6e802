// dossier's page: reads the API, draws the timeline (vis-timeline), the actor network (Cytoscape.js), the event
// card, the disagreements, the figures and the stories. The filters live in the URL, so a view is a link.
//
// Article text is untrusted: every string from the API reaches the page through text nodes (el(), below),
// never through innerHTML, and vis-timeline gets DOM elements, not HTML strings, as item content.

const FILTERS = ["actor", "counterpart", "type", "status", "main", "from", "to", "outlet", "q"];
const MAX_EVENTS = 500;

const $ = (selector) => document.querySelector(selector);

// Terminal escape sequences, control characters and bidi overrides, as dossier.terminal.sanitize removes them
// for the terminal: on a page they would show as debris or reorder what the reader sees.
const SEQUENCE = /\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?|\x1b\[[0-?]*[ -\/]*[@-~]?|\x1b[ -\/]*[0-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?|\x9b[0-?]*[ -\/]*[@-~]?/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (text) => String(text).replace(SEQUENCE, "").replace(CONTROL, "");

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") for (const [k, v] of Object.entries(value)) node.style.setProperty(k, v);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : clean(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(clean(child)));
  }
  return node;
}

function clear(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

// ---------------------------------------------------------------------------------------------- state and URL

function readState() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of [...FILTERS, "event"]) if (params.get(key)) state[key] = params.get(key);
  return state;
}

function writeState(state, push = true) {
  const params = new URLSearchParams();
  for (const key of [...FILTERS, "event"]) if (state[key]) params.set(key, state[key]);
  const url = `${location.pathname}${params.toString() ? "?" + params : ""}`;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function query(state, extra = {}) {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (state[key]) params.set(key, state[key]);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      detail = typeof body.detail === "string" ? body.detail : body.detail.map((d) => `${d.loc.at(-1)}: ${d.msg}`).join("; ");
    } catch (_) { /* not JSON */ }
    throw new Error(`${path.split("?")[0]}: ${detail}`);
  }
  return response.json();
}

// ------------------------------------------------------------------------------------------------- labels

const names = {};  // entity id -> name, filled from every answer

function nameOf(id) { return names[id] || id; }
function namesOf(ids) { return (ids || []).map(nameOf).join(", "); }
function who(event) {
  const left = namesOf(event.source) || "?";
  return event.target && event.target.length ? `${left} → ${namesOf(event.target)}` : left;
}
function dateLabel(value) {
  if (value && !value.start && value.end) return `before ${value.end}`;
  if (!value || !value.start) return "undated";
  if (!value.end) return value.start.length === 10 ? `${value.start} onwards` : value.start;
  return value.end === value.start ? value.start : `${value.start} – ${value.end}`;
}
function eventTitle(event) { return `${event.type}${event.mode ? " " + event.mode : ""}`; }

function firstDay(text) {
  if (!text) return null;
  const parts = text.split("-");
  if (parts.length === 1) return new Date(Date.UTC(+parts[0], 0, 1));
  if (parts.length === 2) return new Date(Date.UTC(+parts[0], +parts[1] - 1, 1));
  const day = new Date(`${text}T00:00:00Z`);
  return isNaN(day) ? null : day;
}
function dayAfterLast(text) {
  const parts = text.split("-");
  if (parts.length === 1) return new Date(Date.UTC(+parts[0] + 1, 0, 1));
  if (parts.length === 2) return new Date(Date.UTC(+parts[0], +parts[1], 1));
  const day = firstDay(text);
  return day && new Date(day.getTime() + 86400000);
}

function figure(fact) {
  const n = Number(fact.value);
  const scaled = Math.abs(n) >= 1e12 ? `${+(n / 1e12).toPrecision(3)} tn` : Math.abs(n) >= 1e9 ? `${+(n / 1e9).toPrecision(3)} bn`
    : Math.abs(n) >= 1e6 ? `${+(n / 1e6).toPrecision(3)} m` : n.toLocaleString("en");
  return `${fact.qualifier ? fact.qualifier + " " : ""}${scaled} ${fact.unit || ""}`.trim();
}

function outletOf(doc) { return doc ? doc.outlet || doc.source.split("/").pop() : "?"; }

/** A link to the source when it is a web address; otherwise the file name as text. */
function sourceLink(doc) {
  if (!doc) return null;
  let url = null;
  try { url = new URL(doc.source); } catch (_) { /* a file path */ }
  if (url && (url.protocol === "https:" || url.protocol === "http:")) {
    return el("a", { href: url.href, target: "_blank", rel: "noopener noreferrer" }, "source");
  }
  return el("span", { title: doc.source }, doc.source.split("/").pop());
}

// --------------------------------------------------------------------------------------------- the views

let timeline = null, graph = null, network = null, state = readState();

function message(text) { $("#message").textContent = text || ""; }

async function loadAll() {
  document.body.dataset.state = "loading";
  message("");
  fillForm(state);
  const q = query(state);
  $("#download").href = `/api/export${q ? "?" + q : ""}`;  // the slice in view, whole
  try {
    const [events, line, net, conflicts, facts, stories, dyads] = await Promise.all([
      api(`/api/events?${query(state, { limit: MAX_EVENTS, sort: "-date" })}`),  // the latest, when there are more
      api(`/api/timeline?${query(state, { bucket: bucketFor(state) })}`),
      api(`/api/network?${q}`),
      api(`/api/conflicts?${query(state, { limit: 200 })}`),
      api(`/api/facts?${query(state, { limit: 200 })}`),
      api(`/api/stories?${query(state, { limit: 200 })}`),
      api(`/api/dyads?${dyadsQuery()}`),
    ]);
    for (const page of [events, conflicts, facts]) Object.assign(names, page.names);
    drawTimeline(events);
    drawGoldstein(line);
    drawNetwork(net);
    drawConflicts(conflicts);
    drawFacts(facts);
    drawStories(stories);
    drawDyads(dyads);
    drawUndated(events);
    if (state.event) await showEvent(state.event, false);
    else clear($("#card"), el("p", { class: "hint" }, "Click an event on the timeline or in a list."));
  } catch (error) {
    message(error.message);
  }
  document.body.dataset.state = "ready";
}

function bucketFor(s) {
  if (s.from && s.to && (new Date(s.to) - new Date(s.from)) < 120 * 86400000) return "day";
  if (s.from && s.to && (new Date(s.to) - new Date(s.from)) < 2 * 366 * 86400000) return "week";
  return "month";
}

function drawTimeline(page) {
  const dated = page.items.filter((e) => e.date && firstDay(e.date.start));
  $("#timeline-count").textContent = page.total > page.items.length
    ? `(${dated.length} dated of the latest ${page.items.length} of ${page.total} events; narrow the filters to see the rest)`
    : `(${dated.length} dated of ${page.total} events)`;
  const types = new Set();
  const items = dated.map((e) => {
    types.add(e.type);
    // a month, a year or a long span is drawn as the period it covers; a day, or a few days, as a box on the
    // first one (a short range would be too narrow for its label)
    const start = firstDay(e.date.start);
    const end = dayAfterLast(e.date.end || e.date.start);
    const days = end ? Math.round((end - start) / 86400000) : 1;
    const short = (e.date.precision || "day") === "day" && days < 21;
    const content = el("span", {}, el("b", {}, eventTitle(e)), " ", who(e), short && days > 1 ? ` · ${days} days` : "");
    const item = { id: e.id, start, content, className: `t-${e.type} ${e.status || ""}` };
    if (short || !end) item.type = "box";
    else { item.end = end; item.type = "range"; }
    return item;
  });
  clear($("#legend"), [...types].sort().map((t) => el("span", { class: `t-${t}` }, t)),
    el("span", { class: "planned" }, "planned (hatched, dashed)"));
  const data = new vis.DataSet(items);
  if (!timeline) {
    timeline = new vis.Timeline($("#timeline"), data, {
      stack: true, zoomKey: "ctrlKey", minHeight: 220, maxHeight: 520, orientation: "top",
      margin: { item: 4 }, selectable: true, showTooltips: false, xss: { disabled: false },
    });
    timeline.on("select", ({ items: chosen }) => { if (chosen.length) selectEvent(chosen[0]); });
    timeline.on("rangechanged", ({ start, end }) => { if (graph) graph.setWindow(start, end, { animation: false }); });
  } else {
    timeline.setItems(data);
  }
  const window_ = initialWindow(items);
  if (window_) timeline.setWindow(window_[0], window_[1], { animation: false });
  if (state.event && data.get(state.event)) timeline.setSelection([state.event]);
}

/** The filter's period when one is set; else all events when they span two years or less; else the last
 *  twelve months that have events (older ones are a scroll away). */
function initialWindow(items) {
  if (state.from || state.to) {
    const from = state.from ? new Date(state.from) : new Date(Math.min(...items.map((i) => i.start)));
    const to = state.to ? new Date(state.to) : new Date(Math.max(...items.map((i) => i.end || i.start)));
    return [new Date(from - 3 * 86400000), new Date(+to + 3 * 86400000)];
  }
  if (!items.length) return null;
  const starts = items.map((i) => +i.start).sort((a, b) => a - b);
  const first = starts[0], latest = starts.at(-1);
  const year = 366 * 86400000;
  const from = latest - first <= 2 * year ? first : latest - year;
  // the end of the latest-starting items, so that a visit of a month is seen whole
  const last = Math.max(...items.filter((i) => +i.start === latest).map((i) => +(i.end || i.start)));
  // room on the right for the labels of the latest items, which start at the edge
  const pad = Math.max(7 * 86400000, (last - from) * 0.04);
  return [new Date(from - pad), new Date(last + Math.max(pad, (last - from) * 0.18))];
}

function drawGoldstein(line) {
  $("#bucket").textContent = line.bucket;
  const items = line.line.map((p) => ({ x: p.period, y: p.goldstein }));
  const data = new vis.DataSet(items);
  if (!graph) {
    graph = new vis.Graph2d($("#goldstein"), data, {
      height: "140px", style: "bar", barChart: { width: 18, align: "left" }, drawPoints: false,
      dataAxis: { left: { title: { text: "Goldstein" } } }, zoomable: false, moveable: false,
    });
  } else {
    graph.setItems(data);
  }
  if (timeline) {
    const range = timeline.getWindow();
    graph.setWindow(range.start, range.end, { animation: false });
  }
}

function drawNetwork(net) {
  for (const node of net.nodes) names[node.id] = node.name;
  const most = Math.max(1, ...net.nodes.map((n) => n.events));
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 18 + 42 * Math.sqrt(n.events / most) } })),
    ...net.edges.map((e) => ({
      data: {
        id: `${e.source}->${e.target}`, source: e.source, target: e.target, width: 1 + Math.min(8, e.total),
        label: Object.entries(e.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(" · "),
        color: e.goldstein >= 0 ? "#3b7dd8" : "#d8493b",
      },
    })),
  ];
  if (network) network.destroy();
  network = cytoscape({
    container: $("#network"), elements,
    layout: { name: net.nodes.length > 1 ? "cose" : "grid", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 11,
        "background-color": "#7a8fa6", "text-valign": "bottom", "text-margin-y": 3, color: "#1d2329" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.75, label: "data(label)", "font-size": 8,
        color: "#5d6975", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "node:selected", style: { "background-color": "#1d2329" } },
    ],
  });
  network.on("tap", "node", (evt) => {
    const name = evt.target.data("label");
    if (!state.actor) state.actor = name;
    else if (state.actor !== name) state.counterpart = name;
    delete state.event;
    writeState(state);
    loadAll();
  });
}

function drawConflicts(page) {
  Object.assign(names, page.names);
  $("#conflicts-count").textContent = `(${page.total})`;
  const rows = page.items.map((c) => {
    const about = page.about[c.about];
    const label = about ? ("type" in about ? `${eventTitle(about)}: ${who(about)}` : `${about.measure || "figure"}: ${namesOf(about.subject)}`) : c.about;
    const values = c.values.map((v) => {
      const doc = page.documents[v.doc];
      const said = about ? about.evidence.find((ev) => ev.doc === v.doc) : null;
      return el("div", { class: "value" },
        el("div", { class: "v" }, v.value),
        el("div", { class: "src" }, `${outletOf(doc)} · ${doc && doc.published ? doc.published : "undated"}`),
        said ? el("blockquote", {}, said.text.trim()) : null);
    });
    const open = about && "type" in about ? () => selectEvent(c.about) : null;
    return el("div", { class: "conflict" },
      el("div", {}, el("span", { class: open ? "about" : "", onclick: open }, label), ` — ${c.field}`),
      el("div", { class: "values" }, values));
  });
  clear($("#conflicts"), rows.length ? rows : el("p", { class: "hint" }, "The sources agree on everything in these filters."));
}

function drawFacts(page) {
  Object.assign(names, page.names);
  $("#facts-count").textContent = `(${page.total})`;
  const rows = page.items.map((f) => el("tr", {},
    el("td", { class: "num" }, figure(f)),
    el("td", {}, f.measure || ""),
    el("td", {}, namesOf(f.subject)),
    el("td", {}, f.time ? dateLabel(f.time) : ""),
    el("td", {}, [...new Set(f.evidence.map((e) => outletOf(page.documents[e.doc])))].join(", ")),
    el("td", { class: "sentence" }, f.evidence.length ? f.evidence[0].text.trim() : "")));
  clear($("#facts tbody"), rows);
}

/** The dyads' query: the filters, and the period each pair is counted by when one is chosen. */
function dyadsQuery() {
  const by = $("#dyads-by").value;
  return query(state, by ? { by } : {});
}

/** Events per pair of countries (officials, bodies and firms count as their country), per period when one is
 *  chosen; a click on a row filters every view by that pair. */
function drawDyads(found) {
  $("#dyads-count").textContent = `(${found.with_pair} of ${found.events} events have a country on both sides)`;
  const byPeriod = Boolean($("#dyads-by").value);
  $("#dyads").classList.toggle("by-period", byPeriod);
  const rows = found.pairs.map((d) => el("tr", {},
    el("td", {}, el("button", { class: "link", type: "button", onclick: () => filterPair(d) }, d.source_name)),
    el("td", {}, d.target_name),
    el("td", { class: "period", title: byPeriod ? `${d.by_report} placed by their report's date` : "" },
      byPeriod ? (d.period || "undated") : ""),
    el("td", { class: "num" }, String(d.events)),
    el("td", { class: "num" }, String(d.planned)),
    el("td", { class: "num" }, d.goldstein.toFixed(1)),
    el("td", { class: "num", title: "verbal + material cooperation" },
      `${d.verbal_cooperation} + ${d.material_cooperation}`),
    el("td", { class: "num", title: "verbal + material conflict" }, `${d.verbal_conflict} + ${d.material_conflict}`),
    el("td", {}, Object.entries(d.types).map(([t, n]) => `${t} ${n}`).join(" · "))));
  clear($("#dyads tbody"), rows.length ? rows
    : el("tr", {}, el("td", { class: "hint", colspan: "9" }, "No event with a country on both sides in these filters.")));
}

function filterPair(d) {  // by the countries' codes: a country the store knows only through its people has no name entity
  state.actor = d.source;
  if (d.target !== d.source) state.counterpart = d.target;
  else delete state.counterpart;
  delete state.event;
  writeState(state);
  loadAll();
}

function drawStories(page) {
  $("#stories-count").textContent = `(${page.total})`;
  const rows = page.items.map((s) => el("li", {},
    el("button", { class: "link", type: "button", onclick: () => showStory(s) }, s.title),
    el("small", {}, ` ${s.events.length} event(s)`)));
  clear($("#stories"), rows.length ? rows : el("li", { class: "hint" }, "No story in these filters."));
}

function showStory(story) {
  if (timeline) {
    const shown = story.events.filter((id) => timeline.itemsData.get(id));
    timeline.setSelection(shown);
    if (shown.length) timeline.focus(shown, { animation: false });
  }
  if (story.events.length) selectEvent(story.events[0]);
}

function drawUndated(page) {
  const undated = page.items.filter((e) => !e.date || !firstDay(e.date.start));
  $("#undated-count").textContent = `(${undated.length})`;
  clear($("#undated"), undated.map((e) => el("li", {},
    el("button", { class: "link", type: "button", onclick: () => selectEvent(e.id) }, `${eventTitle(e)}: ${who(e)}`),
    el("small", {}, e.status && e.status !== "occurred" ? ` (${e.status})` : ""))));
}

// ------------------------------------------------------------------------------------------- the event card

function selectEvent(id) {
  state.event = id;
  writeState(state);
  if (timeline && timeline.itemsData.get(id)) timeline.setSelection([id]);
  showEvent(id, true);
}

async function showEvent(id, scroll) {
  const card = $("#card");
  card.dataset.event = id;
  let detail;
  try {
    detail = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (error) {
    clear(card, el("p", { class: "hint" }, error.message));
    return;
  }
  if (card.dataset.event !== id) return;  // another event was chosen meanwhile
  Object.assign(names, detail.names);
  const e = detail.item;
  const fields = [
    ["who", who(e)],
    ["date", dateLabel(e.date) + (e.date && e.date.precision ? ` (${e.date.precision})` : "") + (e.date && e.date.text ? ` — “${e.date.text}”` : "")],
    ["place", e.location ? nameOf(e.location) : null],
    ["status", e.status],
    ["said by", e.attribution ? nameOf(e.attribution) : null],
    ["issue", e.issue],
    ["CAMEO", e.cameo ? `${e.cameo}${e.goldstein !== null ? ` (Goldstein ${e.goldstein})` : ""}` : null],
    ["trigger", e.trigger],
    ["confidence", e.confidence],
    ["prominence", e.prominence],
    ...Object.entries(e).filter(([k]) => !SHOWN_FIELDS.has(k))  // what else the model gives an event
      .map(([k, v]) => [k.replaceAll("_", " "), v !== null && typeof v === "object" ? JSON.stringify(v) : v]),
    ["id", e.id],
  ].filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && !v.length));
  const byDoc = new Map();
  for (const ev of e.evidence) {
    if (!byDoc.has(ev.doc)) byDoc.set(ev.doc, []);
    byDoc.get(ev.doc).push(ev);
  }
  const reports = [...byDoc.entries()].map(([docId, sentences]) => {
    const doc = detail.documents[docId];
    return el("div", { class: "report" },
      el("div", { class: "where" }, `${outletOf(doc)} · ${doc && doc.published ? doc.published : "undated"} · `,
        doc && doc.genre ? `${doc.genre} · ` : null,
        doc && doc.title ? el("i", {}, doc.title) : null, " · ", sourceLink(doc)),
      sentences.map((ev) => el("blockquote", { class: "sentence" }, ev.text.trim(), extraFields(ev))),
      articleView(docId, sentences));
  });
  const conflicts = detail.conflicts.map((c) => el("div", { class: "disagree" },
    el("b", {}, `Sources disagree on the ${c.field}: `),
    c.values.map((v, i) => [i ? " · " : "", el("span", {}, `${v.value} (${outletOf(detail.documents[v.doc])})`)])));
  clear(card,
    el("p", { class: "card-title" },
      el("span", { class: `badge t-${e.type} ${e.status || ""}` }, eventTitle(e)), who(e)),
    el("dl", { class: "fields" }, fields.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    detail.stories.map((s) => el("p", {}, el("small", {}, "story: "), s.title)),
    conflicts,
    el("h3", {}, `Reports (${e.evidence.length}, from ${byDoc.size} document(s))`),
    reports);
  if (scroll) $("#card-panel").scrollIntoView({ block: "nearest" });
}

const SHOWN_FIELDS = new Set(["id", "type", "mode", "cameo", "goldstein", "quad_class", "source", "target", "date",
  "location", "status", "attribution", "issue", "trigger", "confidence", "prominence", "evidence"]);

/** Fields a report carries beyond its sentence and place (its own date or status, when the model has them). */
function extraFields(evidence) {
  const extra = Object.entries(evidence).filter(([k, v]) => !["doc", "text", "start", "end"].includes(k) && v !== null && v !== undefined);
  if (!extra.length) return null;
  return el("div", {}, el("small", {}, extra.map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`).join("; ")));
}

/** The article, fetched when opened, with this event's sentences marked where they stand. */
function articleView(docId, sentences) {
  const details = el("details", { class: "article" }, el("summary", {}, "the sentence in its article"));
  details.addEventListener("toggle", async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = "yes";
    try {
      const doc = await api(`/api/documents/${encodeURIComponent(docId)}`);
      details.append(markedText(doc.text, sentences));
      const first = details.querySelector("mark");
      if (first) first.scrollIntoView({ block: "center" });
    } catch (error) {
      details.append(el("p", { class: "hint" }, error.message));
    }
  }, { once: false });
  return details;
}

function markedText(text, sentences) {
  // offsets count Unicode code points (Python's str), not UTF-16 units: work on an array of code points
  const chars = Array.from(text);
  const spans = [];
  for (const s of sentences) {
    let start = s.start, end = s.end;
    if (start === null || start === undefined || chars.slice(start, end).join("") !== s.text) {
      const at = text.indexOf(s.text.trim());
      if (at < 0) continue;
      start = Array.from(text.slice(0, at)).length;
      end = start + Array.from(s.text.trim()).length;
    }
    spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const pre = el("pre");
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    pre.append(chars.slice(at, start).join(""), el("mark", {}, chars.slice(start, end).join("")));
    at = end;
  }
  pre.append(chars.slice(at).join(""));
  return pre;
}

// ------------------------------------------------------------------------------------------------ filters

function fillForm(s) {
  const form = $("#filters");
  for (const key of FILTERS) form.elements[key].value = s[key] || "";
}

async function setUpFilters() {
  const meta = await api("/api/meta");
  const form = $("#filters");
  for (const t of meta.types) form.elements.type.append(el("option", { value: t }, t));
  for (const s of meta.statuses) form.elements.status.append(el("option", { value: s }, s));
  for (const o of meta.outlets) form.elements.outlet.append(el("option", { value: o }, o));
  const actors = await api("/api/entities?limit=500&known=true");
  const unknown = await api("/api/entities?limit=200&known=false");
  clear($("#actors"), [...actors.items, ...unknown.items].map((e) => el("option", { value: e.name }, e.id)));
  form.addEventListener("submit", (evt) => {
    evt.preventDefault();
    const next = {};
    for (const key of FILTERS) if (form.elements[key].value.trim()) next[key] = form.elements[key].value.trim();
    state = next;
    writeState(state);
    loadAll();
  });
  $("#clear").addEventListener("click", () => { state = {}; writeState(state); loadAll(); });
  $("#dyads-by").addEventListener("change", async () => {
    try { drawDyads(await api(`/api/dyads?${dyadsQuery()}`)); } catch (error) { message(error.message); }
  });
  window.addEventListener("popstate", () => { state = readState(); loadAll(); });
}

async function main() {
  if (typeof vis === "undefined" || typeof cytoscape === "undefined") {
    message("The page's libraries are missing: run `make install` (it builds them with npm), then reload.");
    document.body.dataset.state = "ready";
    return;
  }
  try {
    await setUpFilters();
  } catch (error) {
    message(error.message);
  }
  await loadAll();
}

main();
