// Drives an archrules HTML report in headless Chromium (puppeteer-core, the system Chromium) and prints what a reader
// sees as JSON: overflow at a width, the map's nodes and red edges, and the findings shown before and after clicks.
// Usage: node page.mjs CHROMIUM PAGE.html WIDTH [SCREENSHOT.png (also -top.png: the first screen, -map.png: the map) | -] [click:module:NAME | click:edge:FROM -> TO | click:clear]...
import puppeteer from 'puppeteer-core';

const [chromium, file, width, screenshot, ...steps] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', e => errors.push(String(e.message || e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) errors.push('request ' + r.url()); });
  await page.setViewport({ width: Number(width), height: 900 });
  await page.goto('file://' + file, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const state = () => page.evaluate(() => ({
    shown: [...document.querySelectorAll('li.finding')].filter(li => !li.hidden)
      .map(li => li.dataset.state + ' ' + li.dataset.rule + ' ' + li.dataset.module),
    selected: [...document.querySelectorAll('#map .selected')].map(s => s.dataset.module || (s.dataset.from + ' -> ' + s.dataset.to)),
    shownText: document.getElementById('shown').textContent
  }));
  const result = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    nodes: [...document.querySelectorAll('#map .module-map .node')].map(n => n.dataset.module),
    redEdges: [...document.querySelectorAll('#map .module-map .edge')]
      .filter(e => e.dataset.state === 'new').map(e => e.dataset.from + ' -> ' + e.dataset.to + ' ' + e.dataset.rules),
    mapWidth: (document.querySelector('#map svg') || { getBoundingClientRect: () => ({ width: 0 }) }).getBoundingClientRect().width
  }));
  result.initial = await state();
  result.steps = [];
  for (const step of steps) {
    const [, kind, value] = step.match(/^click:(\w+):?(.*)$/);
    if (kind === 'module') {
      await page.click('#map .module-map .node[data-module="' + value + '"]');
    } else if (kind === 'edge') {
      const [from, to] = value.split(' -> ');
      await page.click('#map .module-map .edge[data-from="' + from + '"][data-to="' + to + '"] text');
    } else {
      await page.click('#clear');
    }
    result.steps.push({ step, ...(await state()) });
  }
  if (screenshot && screenshot !== '-') {
    await page.evaluate(() => document.querySelectorAll('details.picture').forEach(d => { d.open = true; }));
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-top.png') });
    const map = await page.$('#map');
    if (map) { await map.screenshot({ path: screenshot.replace(/\.png$/, '-map.png') }); }
  }
  result.errors = errors;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
