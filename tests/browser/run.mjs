// Drives the dossier web UI in headless Chromium against a running `dossier serve` that holds
// the demo corpus. Env: DOSSIER_URL (http://127.0.0.1:PORT), DOSSIER_TOKEN (when the server has
// one), SCREENSHOT_DIR (default ../../target/browser-artifacts), CHROMIUM (default
// /usr/bin/chromium). Prints one line per passed step; exits 1 on the first failure.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const base = (process.env.DOSSIER_URL || "http://127.0.0.1:8080").replace(/\/$/, "");
const token = process.env.DOSSIER_TOKEN || "";
const shots = process.env.SCREENSHOT_DIR || path.resolve("../../target/browser-artifacts");
fs.mkdirSync(shots, { recursive: true });

function check(condition, what) {
  if (!condition) throw new Error("FAILED: " + what);
}

const auth = token ? { Authorization: "Bearer " + token } : {};

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  const shot = async (name) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, name), fullPage: true });
  };
  let step = 0;
  const pass = (what) => console.log(`ok ${++step} - ${what}`);

  // 0. The token: the first API call answers 401 and the UI asks for the token.
  await page.goto(base + "/#/");
  if (token) {
    await page.waitForSelector("#token-dialog:not([hidden])", { timeout: 10000 });
    await page.fill("#token-input", token);
    await page.click("#token-form button");
    pass("the UI asked for the token and used it");
  }

  // 1. Home: the stories of the demo corpus.
  await page.waitForSelector(".story-item", { timeout: 20000 });
  const stories = await page.locator(".story-item").count();
  check(stories >= 3, `home lists stories (found ${stories})`);
  await shot("01-home.png");
  pass(`home lists ${stories} stories`);

  // 2. Search.
  await page.fill("#search-input", "Muscat");
  await page.press("#search-input", "Enter");
  await page.waitForSelector(".search-result", { timeout: 10000 });
  const hits = await page.locator(".search-result mark.hit").count();
  check(hits >= 1, "search results highlight the matched word");
  await shot("02-search.png");
  pass(`search "Muscat": ${await page.locator(".search-result").count()} results, ${hits} highlighted matches`);

  // 3. The Muscat story, outlets side by side with their evidence highlighted.
  const storyLink = page.locator(".search-result .story-link").first();
  await storyLink.click();
  await page.waitForSelector("#story-columns .story-column", { timeout: 20000 });
  const outlets = await page.locator(".story-column .outlet").allTextContents();
  check(outlets.some((o) => /capital ledger/i.test(o)) && outlets.some((o) => /gulf tide review/i.test(o)),
    "the story has Capital Ledger and Gulf Tide Review (" + outlets.join(", ") + ")");
  const boxes = [];
  for (const col of await page.locator(".story-column").all()) boxes.push(await col.boundingBox());
  check(boxes.length >= 2, "at least two columns");
  check(boxes[0].x !== boxes[1].x && boxes[0].y < boxes[1].y + boxes[1].height && boxes[1].y < boxes[0].y + boxes[0].height,
    "the first two columns stand side by side");
  let withEvidence = 0;
  for (const col of await page.locator(".story-column").all()) {
    if ((await col.locator("mark.evidence").count()) > 0) withEvidence++;
  }
  check(withEvidence >= 2, `evidence highlighted in at least two outlets (found ${withEvidence})`);
  check((await page.locator(".discrepancy").count()) >= 1, "the story shows a discrepancy");
  await page.locator(".story-column mark.evidence").first().hover();
  check((await page.locator("mark.evidence.active").count()) >= 2, "hovering an evidence sentence lights up the same event elsewhere");
  await shot("03-story.png");
  pass(`story: ${boxes.length} outlets side by side, evidence in ${withEvidence}, discrepancies shown`);

  // 4. A canonical event.
  await page.locator(".event-row .event-link").first().click();
  await page.waitForSelector(".corroboration .badge", { timeout: 10000 });
  check((await page.locator("table.claims tbody tr").count()) >= 1, "the event lists what each source says");
  await shot("04-event.png");
  pass("event page: corroboration and per-source claims");

  // 5. An actor with a timeline.
  await page.goto(base + "/#/actor/" + encodeURIComponent("Al-Rawahi"));
  await page.waitForSelector(".timeline-item", { timeout: 10000 });
  const timeline = await page.locator(".timeline-item").count();
  check(timeline >= 1, "the actor has a timeline");
  await shot("05-actor.png");
  pass(`actor Al-Rawahi: ${timeline} events on the timeline, ${await page.locator("table.roles tbody tr").count()} rank/role claims`);

  // 6. Map.
  await page.click("nav a[href='#/map']");
  await page.waitForSelector("#map svg circle", { timeout: 10000 });
  const points = await page.locator("#map svg circle").count();
  await shot("06-map.png");
  pass(`map: ${points} places`);

  // 7. Graph.
  await page.click("nav a[href='#/graph']");
  await page.waitForSelector("#graph svg .node", { timeout: 10000 });
  const nodes = await page.locator("#graph svg .node").count();
  await shot("07-graph.png");
  pass(`graph: ${nodes} people and organisations`);

  // 8. GeoJSON export through the UI.
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 15000 }),
    page.selectOption("#export-format", "geojson"),
  ]);
  const file = path.join(shots, "export.geojson");
  await download.saveAs(file);
  const geo = JSON.parse(fs.readFileSync(file, "utf8"));
  check(geo.type === "FeatureCollection", "the export is a FeatureCollection");
  const pointsOut = geo.features.filter((f) => f.geometry && f.geometry.type === "Point" && f.geometry.coordinates.length === 2);
  check(pointsOut.length >= 1, "the export has points");
  pass(`GeoJSON export (${download.suggestedFilename()}): ${pointsOut.length} points`);

  // 9. An article with markup is shown as text, inert.
  const article = [
    "The Minas Tirith Herald",
    "",
    "Envoys From Arnor Bring Letters to the Citadel",
    "",
    "March 3, 3019",
    "",
    "The Steward of Gondor received two envoys from Arnor at the Citadel on Tuesday, the Herald has learned. <script>window.__xss=1</script> The envoys carried letters about the state of the northern roads.",
    "",
    "A palace clerk said the talks <img src=x onerror=\"window.__xss=2\"> would continue on Wednesday with the captains of the guard and the wardens of the houses of healing.",
    "",
    "The envoys are expected to ride back to Fornost before the spring floods close the fords of the Greyflood.",
    "",
  ].join("\n");
  const res = await fetch(base + "/api/ingest?name=xss-test.txt", { method: "POST", headers: auth, body: article });
  check(res.ok, "ingesting the markup article (" + res.status + ")");
  const search = await (await fetch(base + "/api/search?q=" + encodeURIComponent("Greyflood envoys"), { headers: auth })).json();
  check(search.items.length >= 1, "the markup article is found by search");
  await page.goto(base + "/#/doc/" + encodeURIComponent(search.items[0].doc_id));
  await page.waitForSelector(".doc-body .para", { timeout: 10000 });
  await page.waitForTimeout(500);
  const text = await page.locator(".doc-body").innerText();
  check(text.includes("<script>window.__xss=1</script>"), "the <script> text is shown literally");
  check(text.includes("onerror="), "the onerror= text is shown literally");
  check((await page.evaluate(() => window.__xss)) === undefined, "no script from the article ran");
  check((await page.locator(".doc-body script, .doc-body img").count()) === 0, "no element was made from the article's markup");
  check(dialogs.length === 0, "no dialog was opened");
  await shot("08-xss.png");
  pass("markup in an article is shown as text and never runs");

  // 10. The token guards the API.
  if (token) {
    const without = await fetch(base + "/api/stories");
    const withToken = await fetch(base + "/api/stories", { headers: auth });
    check(without.status === 401, "without the token the API answers 401 (got " + without.status + ")");
    check(withToken.status === 200, "with the token the API answers 200 (got " + withToken.status + ")");
    pass("token: 401 without, 200 with");
  }

  check(pageErrors.length === 0, "no script errors in the page: " + pageErrors.join("; "));
  await browser.close();
  console.log(`all ${step} steps passed; screenshots in ${shots}`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
