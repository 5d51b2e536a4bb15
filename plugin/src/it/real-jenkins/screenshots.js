// Screenshots of the plugin's pages in the real Jenkins that real-jenkins.sh started, taken with headless Debian
// chromium driven by playwright-core, logged in through Jenkins' login form.
// Usage: node screenshots.js JENKINS_URL JOB BUILD OUTPUT_FOLDER (the admin password in REAL_JENKINS_ADMIN_PASSWORD).
// Prints one line per screenshot; exits non-zero when a page cannot be shown or the Snippet Generator does not write
// the securityScan call its form describes.
const { chromium } = require('playwright-core');
const path = require('path');

const [url, job, build, out] = process.argv.slice(2);
const password = process.env.REAL_JENKINS_ADMIN_PASSWORD;
const EXPECTED_SNIPPET = "securityScan criticality: 'UNSTABLE', maxCvss: 9.0, paths: 'lib'";

async function shoot(page, name, options = {}) {
  const file = path.join(out, name + '.png');
  if (options.fullPage) {
    // From the top, or Jenkins' sticky header is drawn where the page was scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.screenshot({ path: file, ...options });
  console.log('screenshot ' + file + ' (' + page.url() + ')');
}

async function open(page, relative) {
  const response = await page.goto(url + relative, { waitUntil: 'networkidle' });
  if (!response || response.status() !== 200) {
    throw new Error(relative + ': HTTP ' + (response ? response.status() : 'no response'));
  }
}

/** Scrolls the settings section with this title to the top of the viewport and shoots the viewport. */
async function shootSection(page, name, title) {
  const found = await page.evaluate((t) => {
    const header = [...document.querySelectorAll('.jenkins-section__title, h2')].find(e => e.textContent.trim() === t);
    if (header) {
      window.scrollTo(0, header.getBoundingClientRect().top + window.scrollY - 70);
    }
    return Boolean(header);
  }, title);
  if (!found) {
    throw new Error('no settings section "' + title + '" on ' + page.url());
  }
  await shoot(page, name);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url + 'login', { waitUntil: 'networkidle' });
    await page.fill('input[name="j_username"]', 'admin');
    await page.fill('input[name="j_password"]', password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle' }), page.press('input[name="j_password"]', 'Enter')]);
    if (page.url().includes('login')) {
      throw new Error('the login form did not log in (still on ' + page.url() + ')');
    }

    await open(page, 'job/' + job + '/');
    await shoot(page, '1-job', { fullPage: true });
    await open(page, 'job/' + job + '/' + build + '/');
    await shoot(page, '2-build', { fullPage: true });
    await open(page, 'job/' + job + '/delivery-metrics/');
    await shoot(page, '3-delivery-metrics', { fullPage: true });

    // The Snippet Generator: our step's form, filled in, and the snippet Jenkins generates from it.
    await open(page, 'job/' + job + '/pipeline-syntax/');
    await page.selectOption('select.dropdownList', { label: 'securityScan: Security scan (dependency-check)' });
    await page.waitForSelector('[name="_.paths"]:visible');
    // Only the selected step's fields: other steps' forms (apiCompatibility, licenseGate, ...) have fields of the
    // same names, hidden.
    await page.locator('[name="_.paths"]:visible').fill('lib');
    await page.locator('[name="_.maxCvss"]:visible').fill('9.0');
    await page.locator('[name="_.criticality"]:visible').fill('UNSTABLE');
    await page.click('#generatePipelineScript');
    await page.waitForFunction(() => document.querySelector('#prototypeText').value.length > 0);
    const snippet = await page.$eval('#prototypeText', (e) => e.value);
    console.log('snippet generated: ' + snippet);
    if (snippet !== EXPECTED_SNIPPET) {
      throw new Error('the Snippet Generator wrote "' + snippet + '", expected "' + EXPECTED_SNIPPET + '"');
    }
    await shoot(page, '4-snippet-generator-securityScan', { fullPage: true });

    await open(page, 'manage/configure');
    await shootSection(page, '5-settings-security-scan', 'Delivery Gates security scan');
    await shootSection(page, '6-settings-delivery-metrics', 'Delivery metrics');
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error('screenshots: ' + e.message);
  process.exit(1);
});
